package org.fklab.shell.command.database;

import java.util.concurrent.Callable;

import org.fklab.shell.command.Switch;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Turns on or off the display of every statement MyBatis runs. */
@Command(name = "explain", description = {"Show the SQL behind each command: explain on, explain off.",
        "While on, each command is followed by the statements MyBatis ran, the values bound to their",
        "? placeholders, how long each took and how many rows it returned or changed."})
public final class ExplainCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "on|off", arity = "0..1", description = "on or off; without it, tells the current setting.")
    Switch setting;

    ExplainCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (setting != null) {
            session.sandbox().recorder().setRecording(setting.isOn());
        }
        boolean on = session.sandbox().recorder().isRecording();
        session.console().println("explain is " + (on ? "on: each command is followed by the SQL it ran."
                : "off. 'explain on' shows the SQL behind each command."));
        return 0;
    }
}
