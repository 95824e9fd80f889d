package org.fklab.shell.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fklab.shell.render.Format;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code fklab} accepts on its own command line. */
@Command(name = "fklab", versionProvider = Version.class, sortOptions = false,
        description = {"A terminal sandbox for learning one-to-many relationships (foreign keys) and schema migrations.",
                "",
                "With a terminal and no command, -c or --script, it starts the interactive shell.",
                "The words after fklab's own options are one command, run as if typed (fklab band list).",
                "-c runs one command each time it is given; commands can also be piped in, one a line.",
                "A command, -c, --script and piped input stop at the first failing command, with a non-zero",
                "exit code (--keep-going runs the rest)."},
        footer = {"", "Examples:", "  fklab", "  fklab band list", "  fklab seed load my-class/band.csv"
                + " my-class/listing.csv --replace", "  fklab -c \"band list\" -c \"band show 1\"",
                "  fklab --in-memory --script demo.fk", "  echo \"listing list --orphans\" | fklab",
                "  fklab --format csv listing list --all > listings.csv"})
public final class LaunchOptions {

    /**
     * Where the database lives: a workspace folder, or memory (an exclusive group; a run parses its options once, so
     * nothing needs putting back between runs).
     */
    static final class Place {
        @Option(names = "--workspace", paramLabel = "DIR", required = true,
                description = "The workspace folder (created if needed). Default: ~/.fklab")
        Path workspace;

        @Option(names = "--in-memory", required = true,
                description = "Use a throwaway database that is gone when fklab exits.")
        boolean inMemory;
    }

    @ArgGroup(exclusive = true)
    Place place = new Place();

    @Option(names = "--no-color", description = "No colours (also when the NO_COLOR variable is set).")
    boolean noColor;

    @Option(names = "--format", paramLabel = "box|csv|json|markdown",
            description = "How lists and query results are printed: box (default), csv, json or markdown.")
    Format format;

    @Option(names = {"-c", "--command"}, paramLabel = "COMMAND", description = "Run this command; repeatable.")
    List<String> commands = new ArrayList<>();

    @Option(names = "--script", paramLabel = "FILE", description = "Run the commands in FILE, one a line.")
    Path script;

    @Option(names = "--keep-going", description = "In -c, --script or piped input: go on after a failing command.")
    boolean keepGoing;

    @Option(names = "--debug", description = "Show stack traces of unexpected failures, and Liquibase's log.")
    boolean debug;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command and its arguments, e.g. band list."
            + " Everything after the command's first word belongs to the command.")
    List<String> command = new ArrayList<>();

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
    boolean help;
}
