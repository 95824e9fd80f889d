package org.fklab.shell.command.shell;

import java.util.concurrent.Callable;

import org.fklab.shell.render.Console;
import org.fklab.shell.render.Format;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Chooses how every list and query result is printed, as sqlite3's .mode does. */
@Command(name = "format", description = "Print lists and query results as box tables, CSV, JSON or markdown.",
        footer = {"", "csv, json and markdown print only the data (no count under it, no colour), so that",
                "fklab --format json -c \"band list\" > bands.json is JSON. --format on a list or after sql's",
                "last ; chooses for that command only; --out FILE writes the rows to a file.", "",
                "  csv       RFC 4180: a header row, text quoted, NULL an empty field",
                "  json      an array of objects, one a row: NULL is null, numbers are numbers",
                "  markdown  a GitHub table, to paste into an issue or a README"})
public final class FormatCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "box|csv|json|markdown", arity = "0..1",
            description = "The format; without it, tells the current one.")
    Format format;

    FormatCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Console console = session.console();
        if (format != null) {
            console.setFormat(format);
        }
        console.println("format is " + switch (console.format()) {
            case box -> "box: rows are shown as tables for people, with a count underneath.";
            case csv -> "csv: rows are printed as CSV, a header row first.";
            case json -> "json: rows are printed as a JSON array, one object a row.";
            case markdown -> "markdown: rows are printed as a GitHub markdown table.";
        });
        return 0;
    }
}
