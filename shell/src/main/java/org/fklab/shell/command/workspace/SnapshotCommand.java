package org.fklab.shell.command.workspace;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.fklab.shell.session.ShellSession;
import org.fklab.shell.workspace.Snapshots;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Saves the workspace (data, schema and the migrations you wrote) under a name. */
@Command(name = "snapshot", description = {"Save the workspace (data, schema, your migrations) under a name.",
        "'restore NAME' goes back to it; without NAME, the date and time name it."})
public final class SnapshotCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "Default: the date and time.")
    String name;

    SnapshotCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        String chosen = name != null ? name
                : "snapshot-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now());
        Snapshots.Snapshot snapshot = session.snapshots().save(chosen);
        session.console().println(session.console().styles().success("Saved snapshot " + snapshot.name() + ".")
                + " 'restore " + snapshot.name() + "' brings the workspace back to this point.");
        return 0;
    }
}
