package org.fklab.shell.command.migration;

import java.util.concurrent.Callable;

import org.fklab.migrations.make.MigrationMaker;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.UsageMistake;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Joins the branches of the migration graph with a merge migration. */
@ChangesWorkspace
@Command(name = "makemigrations", description = {"Join branched migrations: makemigrations --merge.",
        "Writes a merge migration whose parents are the branches' latest migrations and which changes",
        "nothing, so 'migrate' has one latest migration again. It refuses when both branches change the",
        "same column or table."})
public final class MakeMigrationsCommand implements Callable<Integer> {

    private final ShellSession session;

    @Option(names = "--merge", description = "Join the branches.")
    boolean merge;

    @Spec
    CommandSpec spec;

    MakeMigrationsCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (!merge) {
            throw new UsageMistake(spec, "fklab writes one migration at a time with 'makemigration NAME OPERATION'"
                    + " (see 'help makemigration'); 'makemigrations --merge' joins two branches.");
        }
        MigrationMaker.Written written = session.migrations().merge();
        MakeMigrationCommand.show(session, written);
        return 0;
    }
}
