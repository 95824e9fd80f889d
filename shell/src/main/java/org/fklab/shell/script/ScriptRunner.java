package org.fklab.shell.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;

/**
 * Runs commands without a person at the keyboard ({@code -c}, {@code --script}, piped input): stops at the
 * first command that fails and returns its exit code, unless told to keep going.
 */
public final class ScriptRunner {

    private final ShellSession session;
    private final CommandRunner runner;
    private final boolean keepGoing;
    private int exitCode;

    public ScriptRunner(ShellSession session, CommandRunner runner, boolean keepGoing) {
        this.session = session;
        this.runner = runner;
        this.keepGoing = keepGoing;
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

    /** Runs every command the reader yields; false when it stopped early (a failure or 'exit'). */
    public boolean run(ScriptReader reader) throws IOException {
        Console console = session.console();
        ScriptReader.Command command;
        while ((command = reader.next()) != null) {
            console.setLocation(command.location());
            int code;
            if (command.unfinished() && !command.location().isEmpty()) {
                console.error("This sql statement has no closing ';' before the input ends. End it with ;");
                code = 2;
            } else {
                code = runner.run(command.text());
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

    /** 0 when every command succeeded, else the exit code of the first that failed. */
    public int exitCode() {
        return exitCode;
    }
}
