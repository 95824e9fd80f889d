package org.fklab.shell;

import org.fklab.shell.launch.Fklab;

/** The {@code fklab} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean onTerminal = System.console() != null;
        int exitCode = new Fklab(System.in, System.out, System.err, System.getenv(), onTerminal, Fklab::systemTerminal)
                .run(args);
        System.exit(exitCode);
    }
}
