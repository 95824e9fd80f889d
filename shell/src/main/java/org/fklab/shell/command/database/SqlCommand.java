package org.fklab.shell.command.database;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fklab.domain.DomainException;
import org.fklab.domain.console.ResultBound;
import org.fklab.domain.console.RowReceiver;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.console.SqlScript;
import org.fklab.domain.deletion.DeletedRows;
import org.fklab.domain.deletion.RefusedDelete;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.UsageMistake;
import org.fklab.shell.command.ValueConversions;
import org.fklab.shell.command.data.ChildEffectLines;
import org.fklab.shell.output.Output;
import org.fklab.shell.output.OutputOptions;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Values;
import org.fklab.shell.repl.FklabParser;
import org.fklab.shell.session.ShellSession;
import org.fklab.shell.session.StopSignal;

import org.jline.reader.EOFError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Any SQL, as typed, through the SQL console's one mapped statement. */
@ChangesWorkspace
@Command(name = "sql", description = {"Run SQL statements as typed; end them with ;. A statement may span lines.",
        "All statements of one command run in one transaction: if one fails, the others are undone",
        "(except schema changes such as CREATE TABLE, which HSQLDB commits at once). Ctrl-C stops a",
        "statement that runs too long, or the rows it prints; it then changes nothing.",
        "",
        "Options go after the last ;, where SQL reads them as a comment:",
        "  --all                          print every row (outside the pager at most " + Output.ROW_LIMIT
                + " are printed)",
        "  --out FILE                     write every row to FILE: CSV, JSON or markdown by its extension",
        "                                 (.csv, .json, .md), else the current format",
        "  --format box|csv|json|markdown this command's format ('format' sets it for every command)"},
        footer = {"", "Examples:", "  sql SELECT * FROM listing WHERE band_id IS NULL;",
                "  sql SELECT l.title, b.name FROM listing l JOIN band b ON b.id = l.band_id;",
                "  sql SELECT * FROM listing; --out listings.csv"})
public final class SqlCommand implements Callable<Integer> {

    private static final String OPTIONS = "--all, --out FILE and --format box|csv|json|markdown";

    private final ShellSession session;

    @Parameters(paramLabel = "STATEMENT;", arity = "0..1", description = "One or more SQL statements, each ended by ;")
    String text;

    @Spec
    CommandSpec spec;

    SqlCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Console console = session.console();
        if (text == null || text.isBlank()) {
            console.println("Type a statement after sql and end it with ;  e.g. sql SELECT * FROM band;");
            return 0;
        }
        OutputOptions options = new OutputOptions();
        String sql = withoutOptions(text, options);
        session.snapshots().stepTaken(); // a schema statement stands even when one after it fails
        StopSignal stop = session.stopSignal();
        Output.print(session, options, "sql", " after the ;", output -> {
            AtomicBoolean readingRows = new AtomicBoolean();
            Printed printed = new Printed(output, readingRows);
            Optional<String> stopped;
            // Ctrl-C cancels a statement that runs; while its rows are read, the output stops them instead
            try (StopSignal.Subscription cancel = stop.whenRequested(() -> {
                if (!readingRows.get()) {
                    session.sandbox().cancelRunningStatements();
                }
            })) {
                stopped = session.sqlConsole().run(sql, stop::requested, printed);
            } catch (RefusedDelete refused) {
                DeletedRows wouldDelete = refused.wouldDelete();
                List<String> inTheWay = ChildEffectLines.of(wouldDelete.effects(), true, "  ",
                        wouldDelete.rows().size());
                throw new DomainException(refused.getMessage() + System.lineSeparator()
                        + String.join(System.lineSeparator(), inTheWay), refused);
            }
            stopped.ifPresent(undone -> output.after(output.styles().warning("Stopped (Ctrl-C) after "
                    + Output.count(printed.shown(), "row") + ".") + " " + (undone.isEmpty() ? "Nothing was changed."
                    : undone)));
        });
        return 0;
    }

    /** Each query's rows as a table, each other statement's effect as a line, in the order they ran. */
    private static final class Printed implements RowReceiver.Results {
        private final Output output;
        private final AtomicBoolean readingRows;
        private Output.Table table;

        Printed(Output output, AtomicBoolean readingRows) {
            this.output = output;
            this.readingRows = readingRows;
        }

        @Override
        public RowReceiver open(String statement, List<String> columns, List<Boolean> numeric) {
            readingRows.set(true);
            table = output.table(columns, numeric, "row");
            Output.Table rows = table;
            return values -> rows.row(Arrays.asList(values));
        }

        @Override
        public void done(SqlConsole.Outcome outcome) {
            readingRows.set(false);
            if (outcome.result().hasRows()) {
                table.end();
                if (outcome.result().cut()) {
                    output.message(output.styles().warning(String.format(Locale.ROOT, "The result stopped at %,d rows,"
                            + " the most one query may return here (so that a JOIN without its condition cannot fill"
                            + " the memory).", ResultBound.MAX_ROWS)) + " Add a WHERE or a LIMIT, or count the rows"
                            + " with COUNT(*).");
                }
            } else {
                output.message(output.styles().success(summary(outcome.verb(), outcome.result().updateCount())));
                outcome.deleted().ifPresent(this::childEffects);
            }
        }

        /** What the foreign keys did to the rows that pointed at the deleted ones, in band delete's words. */
        private void childEffects(DeletedRows deleted) {
            int parents = deleted.rows().size();
            if (parents == 0) {
                return;
            }
            List<String> lines = ChildEffectLines.of(deleted.effects(), false, "", parents);
            if (lines.isEmpty()) {
                output.message("No rows pointed at " + (parents == 1 ? "it" : "them") + ", so nothing else changed.");
            }
            lines.forEach(output::message);
        }

        long shown() {
            return table == null ? 0 : table.shown();
        }
    }

    /**
     * The statements without the options after them ({@code SELECT * FROM band; --out bands.csv}), which picocli reads
     * into {@code options} as it reads any command's: the same option names, converters and messages. A trailing
     * comment that does not start with one of them is SQL's.
     */
    private String withoutOptions(String text, OutputOptions options) {
        int at = SqlScript.trailingLineComment(text);
        if (at < 0 || !text.substring(at).matches("(?s)--(all|out|format)\\b.*")) {
            return text;
        }
        CommandLine trailing = ValueConversions.applyTo(new CommandLine(options));
        String[] words = words(text.substring(at)).toArray(new String[0]);
        try {
            trailing.parseArgs(words);
        } catch (CommandLine.UnmatchedArgumentException e) {
            throw new UsageMistake(spec, "sql: '" + e.getUnmatched().get(0) + "' after the statement is not an option."
                    + " The options after the last ; are " + OPTIONS + "; a comment there starts with '-- '.");
        } catch (CommandLine.MissingParameterException e) {
            String name = e.getMissing().get(0) instanceof OptionSpec option ? option.longestName() : "--out";
            throw new UsageMistake(spec, "sql: " + name + " needs a value after it: " + (name.equals("--format")
                    ? "--format csv" : "--out listings.csv") + ".");
        } catch (CommandLine.ParameterException e) {
            // a value of the wrong kind: said as for any command's option ('xml' is not one of box, csv...)
            throw e.getArgSpec() == null ? new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e)
                    : new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, e.getArgSpec(),
                    e.getValue());
        }
        return text.substring(0, at);
    }

    /** The options' words, split as any command line is: quotes keep a file name with spaces together. */
    private List<String> words(String text) {
        try {
            return new FklabParser().words(text).stream().filter(word -> !word.isEmpty()).toList();
        } catch (EOFError e) {
            throw new UsageMistake(spec, "sql: a quote after the statement is not closed. Close it: --out"
                    + " \"my rows.csv\".");
        }
    }

    private static String summary(String verb, long count) {
        switch (verb) {
            case "INSERT": return Values.count(count, "row") + " inserted.";
            case "UPDATE": return Values.count(count, "row") + " updated.";
            case "DELETE": return Values.count(count, "row") + " deleted.";
            case "MERGE": return Values.count(count, "row") + " merged.";
            default: return verb + " done.";
        }
    }
}
