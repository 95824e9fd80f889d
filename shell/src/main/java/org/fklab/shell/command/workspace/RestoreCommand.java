package org.fklab.shell.command.workspace;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;
import org.fklab.shell.workspace.Snapshots;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Brings the workspace back to a snapshot, or lists the snapshots. */
@ChangesWorkspace(onlyWithArguments = true)
@Command(name = "restore", description = {"Bring the workspace back to a snapshot: data, schema and migrations.",
        "Without NAME, list the snapshots. 'undo' can take a restore back."})
public final class RestoreCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ShellSession session;

    @Parameters(paramLabel = "SNAPSHOT", completionCandidates = CompletionCandidates.Snapshots.class, arity = "0..1")
    String name;

    RestoreCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (name == null) {
            List<Snapshots.Snapshot> snapshots = session.snapshots().list();
            if (snapshots.isEmpty()) {
                session.console().println("No snapshots yet. 'snapshot NAME' saves one.");
                return 0;
            }
            BoxTable table = new BoxTable("snapshot", "taken");
            snapshots.forEach(s -> table.add(s.name(), WHEN.format(s.taken())));
            session.console().print(table);
            return 0;
        }
        Snapshots.Snapshot snapshot = session.snapshots().restore(name);
        session.console().println(session.console().styles().success("Restored " + snapshot.name()) + " (taken "
                + WHEN.format(snapshot.taken()) + "): data, schema and migrations are as they were then.");
        LessonNotes.restored(session, snapshot);
        return 0;
    }
}
