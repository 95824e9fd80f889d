package org.fklab.migrations.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.fklab.migrations.history.HistoryEntry;
import org.fklab.migrations.history.MigrationHistory;

/**
 * Moves a database through the migration graph: plans which migrations to apply or unapply to reach a
 * target, and has Liquibase do each one. A migration that fails halfway is undone, so the database is
 * always at a whole migration.
 */
public final class Migrator {

    /** The name that means "before the first migration". */
    public static final String ZERO = "zero";

    private final DataSource dataSource;
    private final MigrationGraph graph;
    private final LiquibaseRunner liquibase;
    private final MigrationHistory history;

    public Migrator(DataSource dataSource, MigrationCatalog catalog) {
        this(dataSource, catalog.load(), catalog);
    }

    public Migrator(DataSource dataSource, MigrationGraph graph, MigrationCatalog catalog) {
        this.dataSource = dataSource;
        this.graph = graph;
        this.liquibase = new LiquibaseRunner(dataSource, catalog.workspaceFolder());
        this.history = new MigrationHistory(dataSource);
    }

    /**
     * Whether Liquibase has never run on this database: no DATABASECHANGELOG table. Plain JDBC, so a start-up
     * that finds an existing workspace does not load Liquibase at all.
     */
    public static boolean neverMigrated(DataSource dataSource) {
        try {
            return Bookkeeping.query(dataSource, "SELECT COUNT(*) FROM DATABASECHANGELOG", rows -> true).isEmpty();
        } catch (java.sql.SQLException e) {
            throw new MigrationException("Cannot read the database's tables: " + e.getMessage(), e);
        }
    }

    public MigrationGraph graph() {
        return graph;
    }

    public MigrationHistory history() {
        return history;
    }

    /**
     * Names of the migrations with changeSets applied, in the order they were applied. A migration whose
     * run was interrupted counts: unapplying undoes what it did, applying finishes it.
     */
    public Set<String> applied() {
        return AppliedChangeSets.read(dataSource).keySet();
    }

    /** The plan to reach the single leaf of the graph. */
    public MigrationPlan planToLeaf() {
        List<Migration> leaves = graph.leaves();
        if (leaves.size() > 1) {
            throw new MigrationException("The migrations have branched: " + leaves.stream().map(Migration::name)
                    .collect(Collectors.joining(" and ")) + " each build on earlier migrations, and neither on the"
                    + " other, so there is no single latest migration to migrate to. Run 'makemigrations --merge' to"
                    + " join them, or 'migrate NAME' to migrate to one of them.");
        }
        return leaves.isEmpty() ? new MigrationPlan(ZERO, List.of(), List.of(), graph) : planTo(leaves.get(0).name());
    }

    /**
     * The plan to reach {@code target} (a name, a unique prefix, or {@link #ZERO}): apply what it needs and
     * unapply what depends on it; migrations on other branches stay as they are.
     */
    public MigrationPlan planTo(String target) {
        Set<String> applied = applied();
        if (ZERO.equals(target)) {
            List<Migration> unapply = graph.inOrder().stream().filter(m -> applied.contains(m.name()))
                    .collect(Collectors.toCollection(ArrayList::new));
            Collections.reverse(unapply);
            return new MigrationPlan(ZERO, unapply, List.of(), graph);
        }
        Migration goal = graph.resolve(target);
        Map<String, Integer> counts = AppliedChangeSets.read(dataSource);
        List<Migration> apply = graph.ancestorsAndSelf(goal.name()).stream()
                .filter(m -> counts.getOrDefault(m.name(), 0) < m.changeSets()).collect(Collectors.toList());
        List<Migration> unapply = graph.descendants(goal.name()).stream()
                .filter(m -> applied.contains(m.name())).collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(unapply);
        return new MigrationPlan(goal.name(), unapply, apply, graph);
    }

    /** Runs the plan step by step, telling {@code progress} about each step as it starts and ends. */
    public void execute(MigrationPlan plan, Progress progress) {
        for (Migration m : plan.unapply()) {
            progress.starting(m, false);
            long start = System.nanoTime();
            unapply(m);
            progress.finished(m, false, (System.nanoTime() - start) / 1_000_000);
        }
        for (Migration m : plan.apply()) {
            progress.starting(m, true);
            long start = System.nanoTime();
            apply(m);
            progress.finished(m, true, (System.nanoTime() - start) / 1_000_000);
        }
    }

    public void execute(MigrationPlan plan) {
        execute(plan, Progress.SILENT);
    }

    /**
     * Applies one migration. If one of its changeSets fails, the ones before it are undone and the failure
     * names the change that failed and why.
     */
    public void apply(Migration migration) {
        try {
            liquibase.update(migration.changelogPath());
        } catch (Exception e) {
            int done = AppliedChangeSets.read(dataSource).getOrDefault(migration.name(), 0);
            String failed = failedChange(migration, done);
            String undo = "";
            if (done > 0) {
                try {
                    liquibase.rollbackCount(migration.changelogPath(), done);
                    undo = " Its first " + (done == 1 ? "change was" : done + " changes were") + " undone, so the"
                            + " database is as it was before.";
                } catch (Exception undoFailure) {
                    undo = " Undoing its first changes failed too (" + LiquibaseErrors.describe(undoFailure) + ").";
                }
            }
            throw new MigrationException("Migration " + migration.name() + " failed at '" + failed + "': "
                    + LiquibaseErrors.describe(e) + "." + undo + " Fix " + migration.location()
                    + " and run migrate again.", e);
        }
        history.record(migration.name(), HistoryEntry.Action.APPLIED, migration.checksum());
    }

    /** The change(s) of the changeSet after the {@code done} that ran, in words. */
    private static String failedChange(Migration migration, int done) {
        List<String> changeSetIds = migration.changes().stream().map(c -> c.changeSetId()).distinct().toList();
        if (done >= changeSetIds.size()) {
            return "a change";
        }
        String id = changeSetIds.get(done);
        return migration.changes().stream().filter(c -> c.changeSetId().equals(id)).map(c -> c.describe())
                .collect(Collectors.joining("; "));
    }

    /**
     * Records the migration as applied without running it, because the database already has what it does (a
     * migration written from drift): Liquibase's changelog-sync, then fklab's history.
     */
    public void recordApplied(Migration migration) {
        try {
            liquibase.changelogSync(migration.changelogPath());
        } catch (Exception e) {
            throw new MigrationException("Cannot record " + migration.name() + " as applied: "
                    + LiquibaseErrors.describe(e) + ".", e);
        }
        history.record(migration.name(), HistoryEntry.Action.APPLIED, migration.checksum());
    }

    public void unapply(Migration migration) {
        Map<String, Integer> counts = AppliedChangeSets.read(dataSource);
        int count = counts.getOrDefault(migration.name(), 0);
        if (count == 0) {
            return;
        }
        try {
            liquibase.rollbackCount(migration.changelogPath(), count);
        } catch (Exception e) {
            throw new MigrationException("Unapplying " + migration.name() + " failed: " + LiquibaseErrors.describe(e)
                    + ". The migrations before it are unchanged.", e);
        }
        history.record(migration.name(), HistoryEntry.Action.UNAPPLIED, migration.checksum());
    }

    /** The SQL that applying (or, {@code backwards}, unapplying) the migration runs on this database. */
    public List<String> sql(Migration migration, boolean backwards) {
        try {
            return liquibase.previewSql(migration.changelogPath(), backwards);
        } catch (Exception e) {
            String reason = LiquibaseErrors.describe(e);
            if (LiquibaseErrors.cannotUndo(e)) {
                throw new MigrationException(migration.name() + " cannot be unapplied automatically: " + reason
                        + ". A changeSet that drops something needs a 'rollback:' section saying how to undo it.", e);
            }
            throw new MigrationException("Liquibase cannot read " + migration.location() + ": " + reason, e);
        }
    }

    /** Hears about each step of a plan as it runs. */
    public interface Progress {

        Progress SILENT = new Progress() {
        };

        default void starting(Migration migration, boolean applying) {
        }

        default void finished(Migration migration, boolean applying, long millis) {
        }
    }
}
