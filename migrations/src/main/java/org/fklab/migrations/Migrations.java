package org.fklab.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.apply.AppliedChangeSets;
import org.fklab.migrations.apply.MigrationPlan;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.check.WorkspaceCheck;
import org.fklab.migrations.cost.DataLoss;
import org.fklab.migrations.cost.DataLossCounter;
import org.fklab.migrations.drift.Drift;
import org.fklab.migrations.drift.DriftChangeSet;
import org.fklab.migrations.drift.DriftCheck;
import org.fklab.migrations.drift.FromDrift;
import org.fklab.migrations.graph.Change;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.fklab.migrations.history.HistoryEntry;
import org.fklab.migrations.history.MigrationHistory;
import org.fklab.migrations.make.MigrationMaker;
import org.fklab.migrations.make.Operation;

/**
 * Everything the migration commands do, for one database and one workspace folder. The graph is read
 * afresh for each command, so a migration file written or edited by hand counts at once; a plan carries the graph
 * it was made on, so carrying it out does not read the files again.
 */
public final class Migrations {

    /** A migration and how much of it is applied. */
    public record Status(Migration migration, int appliedChangeSets) {

        public boolean applied() {
            return appliedChangeSets >= migration.changeSets();
        }

        public boolean partly() {
            return appliedChangeSets > 0 && !applied();
        }
    }

    /** What {@link #makeFromDrift} says when there is nothing to write. */
    public static final String NO_DRIFT = "There is no drift: the database is exactly what its migrations make.";

    private final DataSource dataSource;
    private final MigrationCatalog catalog;

    public Migrations(DataSource dataSource, MigrationCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    public MigrationGraph graph() {
        return catalog.load();
    }

    private Migrator migrator() {
        return new Migrator(dataSource, catalog);
    }

    /** Every migration in graph order with what is applied of it. */
    public List<Status> status() {
        return status(graph());
    }

    /** Every migration of {@code graph}, in its order, with what is applied of it. */
    public List<Status> status(MigrationGraph graph) {
        Map<String, Integer> applied = AppliedChangeSets.read(dataSource);
        List<Status> result = new ArrayList<>();
        for (Migration migration : graph.inOrder()) {
            result.add(new Status(migration, applied.getOrDefault(migration.name(), 0)));
        }
        return result;
    }

    /** The plan to reach {@code target}, or the single leaf when there is none. */
    public MigrationPlan plan(Optional<String> target) {
        MigrationGraph graph = graph();
        requireConsistent(graph);
        Migrator migrator = new Migrator(dataSource, graph, catalog);
        return target.map(migrator::planTo).orElseGet(migrator::planToLeaf);
    }

    /** What the plan would destroy, counted now. */
    public List<DataLoss> cost(MigrationPlan plan) {
        return new DataLossCounter(dataSource).count(plan);
    }

    /** Carries out {@code plan}; a Liquibase lock a killed run left would make Liquibase wait, so it goes first. */
    public void execute(MigrationPlan plan, Migrator.Progress progress) {
        WorkspaceCheck.releaseStaleLock(dataSource, catalog);
        new Migrator(dataSource, plan.graph(), catalog).execute(plan, progress);
    }

    public List<String> sql(String nameOrPrefix, boolean backwards) {
        Migrator migrator = migrator();
        return migrator.sql(migrator.graph().resolve(nameOrPrefix), backwards);
    }

    public MigrationMaker.Written make(String name, List<String> parents, Operation operation) {
        requireConsistent();
        return new MigrationMaker(dataSource, catalog).make(name, parents, operation);
    }

    /**
     * Writes the drift as a migration and records it as applied without running it (the database already has it),
     * so the drift is gone and unapplying the migration undoes the hand changes.
     *
     * @throws MigrationException when there is no drift, or it cannot be written as a migration
     */
    public MigrationMaker.Written makeFromDrift(String name, List<String> parents) {
        requireConsistent();
        for (Status status : status()) {
            if (status.partly()) {
                throw new MigrationException("Migration " + status.migration().name() + " was interrupted halfway."
                        + " Finish it with 'migrate' (or undo it) before writing the drift as a migration.");
            }
        }
        if (drift().none()) {
            throw new MigrationException(NO_DRIFT);
        }
        List<DriftChangeSet> changeSets = FromDrift.changeSets(dataSource, catalog);
        if (changeSets.isEmpty()) {
            throw new MigrationException("Liquibase writes no change for this drift, so no migration was written: "
                    + drift().differences().get(0).description() + ".");
        }
        MigrationMaker.Written written = new MigrationMaker(dataSource, catalog).fromDrift(name, parents, changeSets);
        try {
            Migrator migrator = migrator();
            migrator.recordApplied(migrator.graph().get(written.name()));
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(written.file());
            } catch (IOException ignored) {
                // the message below says what failed; a file left behind shows as a migration not applied
            }
            throw e;
        }
        return written;
    }

    public MigrationMaker.Written merge() {
        requireConsistent();
        return new MigrationMaker(dataSource, catalog).merge();
    }

    /** The built-in migrations set aside in this workspace by a lesson (see {@link MigrationCatalog#setAside()}). */
    public List<String> setAside() {
        return catalog.setAside();
    }

    /**
     * Sets aside the built-in migrations after {@code target}, which must be unapplied already; with an empty
     * target, brings every one back.
     */
    public void setAsideAfter(Optional<String> target, String why) {
        catalog.setAsideAfter(target.map(t -> MigrationCatalog.builtIn().load().resolve(t).name()), why);
    }

    public List<HistoryEntry> history() {
        return new MigrationHistory(dataSource).entries();
    }

    /**
     * How the database's schema differs from what its applied migrations make, found by Liquibase's diff. Cheap to
     * ask again while neither the schema nor the applied migrations change.
     *
     * @throws MigrationException when drift cannot be checked; the message says why
     */
    public Drift drift() {
        return DriftCheck.run(dataSource, catalog);
    }

    public WorkspaceCheck.Result check() {
        return WorkspaceCheck.run(dataSource, catalog);
    }

    private void requireConsistent() {
        requireConsistent(graph());
    }

    /** Refuses to plan on a graph that disagrees with what the database says is applied; changes nothing. */
    private void requireConsistent(MigrationGraph graph) {
        List<String> blocking = WorkspaceCheck.inspect(dataSource, catalog, graph).blocking();
        if (!blocking.isEmpty()) {
            throw new MigrationException(blocking.get(0) + (blocking.size() > 1 ? " (and " + (blocking.size() - 1)
                    + " more: see the warnings when fklab starts)" : ""));
        }
    }

    /** A migration not applied yet that creates a table ({@code column} null) or a column a command needs. */
    public record Pending(Migration migration, String table, String column) {

        /** {@code listing.band_id}, or {@code table author} */
        public String what() {
            return column == null ? "table " + table : table + "." + column;
        }
    }

    /**
     * The migrations not (fully) applied that would create {@code name} as a table or a column: what to tell a
     * learner whose command needs something a pending migration adds (the model is ahead of the database).
     */
    public List<Pending> pendingCreating(String name) {
        String wanted = name.toLowerCase(java.util.Locale.ROOT);
        List<Pending> result = new ArrayList<>();
        for (Status status : status()) {
            if (status.applied()) {
                continue;
            }
            for (Change change : status.migration().changes()) {
                if (change.is("createTable") && wanted.equals(change.table())) {
                    result.add(new Pending(status.migration(), change.table(), null));
                    break;
                }
                if (change.createdColumns().contains(wanted)) {
                    result.add(new Pending(status.migration(), change.table(), wanted));
                    break;
                }
            }
        }
        return result;
    }
}
