package org.fklab.shell.command.migration;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.drift.Difference;
import org.fklab.migrations.drift.Drift;
import org.fklab.shell.command.StackTraces;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;

/**
 * What showmigrations and migrate say about drift: a line for each way the database differs from what its
 * migrations make, and how to fold it into a migration. Nothing when there is none; one line when it cannot be
 * checked, which never stops the command.
 */
final class DriftLines {

    private DriftLines() {
    }

    static void print(ShellSession session) {
        Console console = session.console();
        Drift drift;
        try {
            drift = session.migrations().drift();
        } catch (MigrationException e) {
            console.println(console.styles().warning("warning: ") + e.getMessage());
            if (session.debug()) {
                console.err().print(StackTraces.format(e));
                console.err().flush();
            }
            return;
        }
        for (Difference difference : drift.differences()) {
            String text = difference.description();
            console.println(console.styles().warning("drift:") + text.substring(text.indexOf(':') + 1));
        }
        if (!drift.none()) {
            console.println(Drift.FIX);
        }
    }
}
