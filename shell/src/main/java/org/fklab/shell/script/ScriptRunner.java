package org.fklab.shell.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;

/**
 * Runs commands one after another: a script ({@code -c}, {@code --script}, piped input), a file read by
 * {@code source} or a demo. Stops at the first command that fails and keeps its exit code, unless told to
 * keep going; paced, it shows each command (and the comments above it) and waits before running it; Ctrl-C
 * stops it between two commands, so every command that ran, ran in full.
 */
public final class ScriptRunner {

    private final ShellSession session;
    private final CommandRunner runner;
    private final boolean keepGoing;
    private final Pacing pacing;
    private int exitCode;
    private boolean stopped;

    public ScriptRunner(ShellSession session, CommandRunner runner, boolean keepGoing) {
        this(session, runner, keepGoing, Pacing.STRAIGHT);
    }

    public ScriptRunner(ShellSession session, CommandRunner runner, boolean keepGoing, Pacing pacing) {
        this.session = session;
        this.runner = runner;
        this.keepGoing = keepGoing;
        this.pacing = pacing;
    }

    /** Each {@code -c} argument is a command of its own (a {@code sql} one may span lines). */
    public boolean runCommands(List<String> commands) throws IOException {
        for (String command : commands) {
            if (!run(new ScriptReader(new BufferedReader(new StringReader(command)), ""))) {
                return false;
            }
        }
        return true;
    }

    /** Runs every command the reader yields; false when it stopped early (a failure, 'exit' or Ctrl-C). */
    public boolean run(ScriptReader reader) throws IOException {
        Console console = session.console();
        ScriptReader.Command command;
        while ((command = reader.next()) != null) {
            if (!ready(command)) {
                stopped = true;
                console.println(console.styles().warning(command.location().isEmpty() ? "Stopped."
                        : "Stopped before " + command.location() + ".") + " Every command before it ran in full;"
                        + " 'undo' takes them all back.");
                return false;
            }
            console.setLocation(command.location());
            int code;
            if (command.unfinished() && !command.location().isEmpty()) {
                console.error("This sql statement has no closing ';' before the input ends. End it with ;");
                code = 2;
            } else {
                code = runner.run(command.text());
                if (command.failureExpected()) {
                    code = expectedFailure(command, code);
                }
            }
            console.setLocation("");
            if (code != 0) {
                if (exitCode == 0) {
                    exitCode = code;
                }
                if (!keepGoing) {
                    return false;
                }
            }
            if (session.exitRequested()) {
                return false;
            }
        }
        return true;
    }

    /** 0 when a command marked with ! failed, as it should; an error when it succeeded. */
    private int expectedFailure(ScriptReader.Command command, int code) {
        if (code != 0) {
            session.console().println(session.console().styles().dim("(This command fails on purpose; "
                    + "the script goes on.)"));
            return 0;
        }
        session.console().error("'" + command.text() + "' should have failed (it starts with !) but it worked: the"
                + " script no longer matches the workspace. Check the commands before it, or remove the !.");
        return 1;
    }

    /** Shows a paced command and waits for its turn; false when the person stopped the run instead. */
    private boolean ready(ScriptReader.Command command) {
        if (session.stopSignal().requested()) {
            return false;
        }
        if (!pacing.shows()) {
            return true;
        }
        Console console = session.console();
        console.println();
        command.notes().forEach(note -> console.println(console.styles().dim("# " + note)));
        console.println(console.styles().success("fklab> ") + console.styles().code(command.text()));
        console.flush();
        return switch (pacing.mode()) {
            case ENTER -> session.pause(console.styles().dim("  (Enter runs it, Ctrl-C stops) "));
            case AUTO -> session.stopSignal().sleep(pacing.delay());
            case STRAIGHT -> true;
        };
    }

    /** 0 when every command succeeded, else the exit code of the first that failed. */
    public int exitCode() {
        return exitCode;
    }

    /** Whether the person stopped the run (Ctrl-C) before its end. */
    public boolean stopped() {
        return stopped;
    }
}
