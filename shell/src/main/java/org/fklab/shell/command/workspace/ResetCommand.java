package org.fklab.shell.command.workspace;

import java.util.concurrent.Callable;

import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.engine.StartingState;
import org.fklab.tutorials.lesson.Start;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Puts the workspace back to the state of a new one. */
@ChangesWorkspace(inSteps = true)
@Command(name = "reset", description = {"Put the workspace back to a new one's state (asks first).",
        "Every built-in migration applied, your migrations moved to migrations/archive/, the tutorial data.",
        "'undo' takes it back."})
public final class ResetCommand implements Callable<Integer> {

    private final ShellSession session;

    @Option(names = "--yes", description = "Do it without asking (needed in scripts).")
    boolean yes;

    ResetCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (!yes && !session.mayDiscard("reset replaces the workspace's data with a new workspace's and moves your"
                + " migrations aside ('undo' takes it back).", "Reset it?", "reset replaces the workspace's data and"
                + " moves your migrations aside. Add --yes to go ahead ('undo' takes it back).")) {
            return 1;
        }
        session.snapshots().stepTaken();
        new StartingState(session.sandbox(), session.migrations(), session.workspace().migrationsFolder())
                .apply(new Start(Start.LATEST, BuiltInDatasets.TUTORIAL, true),
                        BuiltInDatasets.find(BuiltInDatasets.TUTORIAL).orElseThrow().csvSources(), "reset");
        session.tutorials().recordFklabState();
        session.console().println(session.console().styles().success("The workspace is as new:") + " every built-in"
                + " migration applied, the tutorial data loaded.");
        return 0;
    }
}
