package org.fklab.shell.command.shell;

import java.util.concurrent.Callable;

import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;

/** Leaves the shell (Ctrl-D does the same). */
@Command(name = "exit", aliases = "quit", description = "Leave fklab. Everything is already saved in the workspace.")
public final class ExitCommand implements Callable<Integer> {

    private final ShellSession session;

    ExitCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.requestExit();
        return 0;
    }
}
