package org.fklab.shell.output;

import java.nio.file.Path;

import org.fklab.shell.render.Format;

import picocli.CommandLine.Option;

/** The options of every command that prints rows: how many, in which format, and whether to a file. */
public final class OutputOptions {

    @Option(names = "--all", description = "Print every row (outside the pager at most " + Output.ROW_LIMIT
            + " are printed).")
    public boolean all;

    @Option(names = "--out", paramLabel = "FILE", description = {"Write every row to FILE instead, in the format its",
            "extension names (.csv, .json, .md), else the current format."})
    public Path out;

    @Option(names = "--format", paramLabel = "box|csv|json|markdown",
            description = "This command's format ('format' sets it for every command).")
    public Format format;
}
