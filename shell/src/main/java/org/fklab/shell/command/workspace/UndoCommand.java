package org.fklab.shell.command.workspace;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.fklab.shell.session.ShellSession;
import org.fklab.shell.workspace.Snapshots;

import picocli.CommandLine.Command;

/** Takes back the last command that changed the workspace. */
@Command(name = "undo", description = {"Take back the last command that changed data, schema or migrations.",
        "Up to five in a row: deletes, updates, migrate, seed loads, sql that writes, demos, reset..."})
public final class UndoCommand implements Callable<Integer> {

    private final ShellSession session;

    UndoCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Optional<Snapshots.Snapshot> undone = session.snapshots().undo();
        if (undone.isEmpty()) {
            session.console().println("Nothing to undo: no command has changed the workspace since fklab started"
                    + " keeping undo steps (the last five are kept).");
            return 0;
        }
        session.console().println(session.console().styles().success("Undid: " + undone.get().before()) + ". Data,"
                + " schema and migrations are as they were before it.");
        LessonNotes.restored(session, undone.get());
        return 0;
    }
}
