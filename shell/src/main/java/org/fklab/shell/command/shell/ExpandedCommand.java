package org.fklab.shell.command.shell;

import java.util.concurrent.Callable;

import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Chooses between box tables and one field a line, as psql's \x does. */
@Command(name = "expanded", description = {"Show rows one field a line: on, off, or auto (when wider than the screen).",
        "auto, the default, keeps box tables where they fit the terminal."})
public final class ExpandedCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "on|off|auto", arity = "0..1",
            description = "on, off or auto; without it, tells the current setting.")
    Console.Expanded setting;

    ExpandedCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Console console = session.console();
        if (setting != null) {
            console.setExpanded(setting);
        }
        console.println("expanded is " + switch (console.expanded()) {
            case on -> "on: every row is shown one field a line.";
            case off -> "off: rows are shown as box tables, however wide.";
            case auto -> "auto: rows are shown one field a line when a table is wider than the terminal.";
        });
        return 0;
    }
}
