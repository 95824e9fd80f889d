package org.fklab.shell;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.shell.launch.Fklab;

/** The {@code fklab} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Sandbox.prepare(); // mapper XML parses on another thread while the arguments are read

        boolean onTerminal = System.console() != null;
        int exitCode = new Fklab(System.in, System.out, System.err, System.getenv(), onTerminal, Fklab::systemTerminal)
                .run(args);
        System.exit(exitCode);
    }
}
