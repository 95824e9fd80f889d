package org.fklab.shell.command.migration;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.fklab.domain.sandbox.CrashPoint;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.apply.MigrationPlan;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.cost.DataLoss;
import org.fklab.migrations.graph.Migration;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.render.Console;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Brings the database to a migration: applies what it needs, unapplies what depends on it. */
@ChangesWorkspace(inSteps = true) // each migration stands once applied
@Command(name = "migrate", description = {"Apply and unapply migrations to reach TARGET (default: the latest).",
        "Reaching a migration applies the migrations it needs and unapplies those that depend on it;",
        "migrations on other branches stay as they are. 'migrate zero' unapplies every migration.",
        "Before dropping data (unapplying a migration that added a column or table, or applying one that",
        "drops one) fklab says how many values or rows will be lost and asks; scripts need --yes.",
        "Drift (the database changed by hand, not by a migration) is reported first, as a warning."})
public final class MigrateCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "TARGET", completionCandidates = CompletionCandidates.Targets.class, arity = "0..1",
            description = "A migration (full name or unique prefix such as 0003), or zero.")
    String target;

    @Option(names = "--plan", description = "Only show what would be applied or unapplied, in order.")
    boolean planOnly;

    @Option(names = "--yes", description = "Do it even when it drops data (needed in scripts).")
    boolean yes;

    MigrateCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Migrations migrations = session.migrations();
        MigrationPlan plan = migrations.plan(Optional.ofNullable(target)); // first: a broken graph is said once
        DriftLines.print(session); // a warning only: migrating works on the database as it is
        Console console = session.console();
        String goal = plan.target().equals(Migrator.ZERO) ? "zero (no migration applied)" : plan.target();
        if (plan.isEmpty()) {
            console.println("Nothing to do: the database is already at " + goal + ".");
            return 0;
        }
        List<DataLoss> losses = migrations.cost(plan);
        if (planOnly) {
            console.println("To reach " + goal + ", fklab would:");
            plan.unapply().forEach(m -> console.println("  unapply " + m.name()));
            plan.apply().forEach(m -> console.println("  apply   " + m.name()));
            losses.forEach(loss -> console.println(console.styles().warning("  data lost: ") + loss.describe()));
            console.println("Nothing was changed (--plan).");
            return 0;
        }
        if (!losses.isEmpty() && !yes) {
            String cost = losses.stream().map(DataLoss::describe).collect(Collectors.joining("; "));
            String command = "migrate " + (target == null ? "" : target + " ");
            if (!session.mayDiscard("This drops data: " + cost + ".", "Go ahead?", "This would drop data: " + cost
                    + ". Nothing was changed. Run '" + command + "--yes' to go ahead, or '" + command
                    + "--plan' to see the steps.")) {
                return 1;
            }
        }
        session.snapshots().stepTaken();
        try {
            migrations.execute(plan, progress(console));
        } catch (RuntimeException e) {
            console.println(console.styles().error("failed"));
            throw e;
        }
        console.println("The database is at " + goal + ".");
        return 0;
    }

    private static Migrator.Progress progress(Console console) {
        return new Migrator.Progress() {
            @Override
            public void starting(Migration migration, boolean applying) {
                console.out().print((applying ? "Applying " : "Unapplying ") + migration.name() + "... ");
                console.out().flush();
            }

            @Override
            public void finished(Migration migration, boolean applying, long millis) {
                console.println(console.styles().success("done") + console.styles().dim(" (" + millis + " ms)"));
                CrashPoint.reached("migration");
            }
        };
    }
}
