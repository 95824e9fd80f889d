package org.fklab.shell.command.script;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.fklab.domain.DomainException;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.script.Pacing;
import org.fklab.shell.script.ScriptReader;
import org.fklab.shell.script.ScriptRunner;
import org.fklab.shell.session.ShellSession;

/**
 * Runs a script of commands from inside a command ({@code source}, {@code demo run}): one undo step for the
 * whole of it, a script that sources itself caught, and waiting for Enter only where someone can press it.
 */
public final class PacedRun {

    /** How the run ended: the exit code of the first command that failed (0 if none), and whether Ctrl-C stopped it. */
    public record Outcome(int exitCode, boolean stopped) {
    }

    private static final int MAX_DEPTH = 8;

    private PacedRun() {
    }

    public static Outcome run(ShellSession session, CommandRegistry registry, ScriptReader script, Pacing pacing,
                   boolean keepGoing) {
        if (pacing.mode() == Pacing.Mode.ENTER && !session.interactive()) {
            throw new DomainException("Waiting for Enter needs someone at the keyboard, and this is a script. Add"
                    + " --auto 0 to run the commands straight through (or --auto SECONDS to pause between them).");
        }
        if (session.enterScript() > MAX_DEPTH) {
            session.leaveScript();
            throw new DomainException("Scripts source each other " + MAX_DEPTH + " deep: one of them probably sources"
                    + " itself. Check the source commands in them.");
        }
        try {
            // the command running this script has taken the undo snapshot for all of it
            ScriptRunner runner = new ScriptRunner(session, new CommandRunner(session, registry, false), keepGoing,
                    pacing);
            runner.run(script);
            return new Outcome(runner.exitCode(), runner.stopped());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            session.leaveScript();
        }
    }
}
