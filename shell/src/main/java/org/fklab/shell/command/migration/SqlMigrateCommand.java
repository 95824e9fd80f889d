package org.fklab.shell.command.migration;

import java.util.concurrent.Callable;

import org.fklab.shell.render.Console;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The SQL a migration runs, as Liquibase generates it for this database. */
@Command(name = "sqlmigrate", description = {"Print the SQL a migration runs, without running it.",
        "The statements applying it (or, with --backwards, unapplying it) runs on this database, as",
        "Liquibase generates them."})
public final class SqlMigrateCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "MIGRATION", completionCandidates = CompletionCandidates.Migrations.class,
            description = "Its full name or a unique prefix, e.g. 0003.")
    String name;

    @Option(names = "--backwards", description = "The SQL that unapplies it.")
    boolean backwards;

    SqlMigrateCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Console console = session.console();
        for (String line : session.migrations().sql(name, backwards)) {
            console.println(line.startsWith("--") ? console.styles().dim(line) : console.styles().code(line));
        }
        return 0;
    }
}
