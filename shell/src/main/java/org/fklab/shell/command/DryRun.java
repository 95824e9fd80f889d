package org.fklab.shell.command;

import picocli.CommandLine.Option;

/**
 * {@code --dry-run}, mixed into every command that can preview what it would change (a delete, a load), as a web
 * admin's confirmation page does: one option, one description, and one name that undo knows takes no snapshot.
 */
public final class DryRun {

    public static final String OPTION = "--dry-run";

    @Option(names = OPTION, description = "Only say what would happen, after checking everything; change nothing.")
    boolean asked;

    public boolean asked() {
        return asked;
    }
}
