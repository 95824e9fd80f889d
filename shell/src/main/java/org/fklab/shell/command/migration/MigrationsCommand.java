package org.fklab.shell.command.migration;

import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.migrations.history.HistoryEntry;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Values;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;

/** What was applied or unapplied, and when. */
@Command(name = "migrations", description = "Migration records: 'migrations history' lists every apply and unapply.", subcommands = MigrationsCommand.History.class)
public final class MigrationsCommand implements Callable<Integer> {

    private final ShellSession session;

    MigrationsCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return History.print(session);
    }

    /** {@code migrations history} */
    @Command(name = "history", description = "List every apply and unapply, oldest first.")
    static final class History implements Callable<Integer> {

        private final ShellSession session;

        History(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            return print(session);
        }

        static int print(ShellSession session) {
            List<HistoryEntry> entries = session.migrations().history();
            if (entries.isEmpty()) {
                session.console().println("No migrations have been applied or unapplied in this workspace yet.");
                return 0;
            }
            BoxTable table = new BoxTable("when", "what", "migration");
            entries.forEach(e -> table.add(Values.display(e.at()), e.action() == HistoryEntry.Action.APPLIED
                    ? "applied" : "unapplied", e.migration()));
            session.console().print(table);
            return 0;
        }
    }
}
