package org.fklab.shell.command.database;

import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.domain.DomainException;
import org.fklab.domain.console.ResultTable;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.deletion.DeletedRows;
import org.fklab.domain.deletion.RefusedDelete;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.data.ChildEffectLines;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Values;
import org.fklab.shell.session.ShellSession;
import org.fklab.shell.session.StopSignal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Any SQL, as typed, through the SQL console's one mapped statement. */
@ChangesWorkspace
@Command(name = "sql", description = {"Run SQL statements as typed; end them with ;. A statement may span lines.",
        "All statements of one command run in one transaction: if one fails, the others are undone",
        "(except schema changes such as CREATE TABLE, which HSQLDB commits at once). Ctrl-C stops a",
        "statement that runs too long; it then changes nothing."},
        footer = {"", "Examples:", "  sql SELECT * FROM listing WHERE band_id IS NULL;",
                "  sql SELECT l.title, b.name FROM listing l JOIN band b ON b.id = l.band_id;"})
public final class SqlCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "STATEMENT;", arity = "0..1", description = "One or more SQL statements, each ended by ;")
    String text;

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
        session.snapshots().stepTaken(); // a schema statement stands even when one after it fails
        StopSignal stop = session.stopSignal();
        List<SqlConsole.Outcome> outcomes;
        try (StopSignal.Subscription cancel = stop.whenRequested(() -> session.sandbox().cancelRunningStatements())) {
            outcomes = session.sqlConsole().run(text, stop::requested);
        } catch (RefusedDelete refused) {
            DeletedRows wouldDelete = refused.wouldDelete();
            List<String> inTheWay = ChildEffectLines.of(wouldDelete.effects(), true, "  ", wouldDelete.rows().size());
            throw new DomainException(refused.getMessage() + System.lineSeparator()
                    + String.join(System.lineSeparator(), inTheWay), refused);
        }
        for (SqlConsole.Outcome outcome : outcomes) {
            ResultTable result = outcome.result();
            if (result.hasRows()) {
                BoxTable table = new BoxTable(result.columns(), result.numeric());
                result.rows().forEach(table::add);
                console.print(table);
                long hidden = result.totalRows() - result.rows().size();
                console.println(Values.count(result.totalRows(), "row") + (hidden > 0
                        ? " (the first " + result.rows().size() + " shown; add WHERE or LIMIT to see others)" : ""));
            } else {
                console.println(console.styles().success(summary(outcome.verb(), result.updateCount())));
                outcome.deleted().ifPresent(deleted -> childEffects(console, deleted));
            }
        }
        return 0;
    }

    /** What the foreign keys did to the rows that pointed at the deleted ones, in band delete's words. */
    private static void childEffects(Console console, DeletedRows deleted) {
        int parents = deleted.rows().size();
        if (parents == 0) {
            return;
        }
        List<String> lines = ChildEffectLines.of(deleted.effects(), false, "", parents);
        if (lines.isEmpty()) {
            console.println("No rows pointed at " + (parents == 1 ? "it" : "them") + ", so nothing else changed.");
        }
        lines.forEach(console::println);
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
