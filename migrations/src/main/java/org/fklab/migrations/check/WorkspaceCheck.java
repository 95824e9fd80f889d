package org.fklab.migrations.check;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.apply.AppliedChangeSets;
import org.fklab.migrations.apply.Bookkeeping;
import org.fklab.migrations.apply.LiquibaseLocks;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.fklab.migrations.history.MigrationHistory;

/**
 * What fklab checks about the migrations every time a workspace opens: the graph loads, every applied
 * migration still has its file and the file is as it was applied, and no interrupted migrate left a
 * Liquibase lock or a half-applied migration behind.
 */
public final class WorkspaceCheck {

    /**
     * The graph (unless it failed to load), the problems found, and a lock that was released. Problems that
     * make the graph disagree with the database ({@code blocking}) stop migrate from planning on a false map.
     */
    public record Result(Optional<MigrationGraph> graph, List<String> problems, List<String> blocking,
                         Optional<String> releasedLock) {

        public Result {
            problems = List.copyOf(problems);
            blocking = List.copyOf(blocking);
        }
    }

    private WorkspaceCheck() {
    }

    public static Result run(DataSource dataSource, MigrationCatalog catalog) {
        return run(dataSource, catalog, catalog::load);
    }

    /**
     * As {@link #run(DataSource, MigrationCatalog)}, with the graph loaded by {@code graphLoader} (maybe ahead, on
     * another thread). A start-up check: a Liquibase lock left by a killed run is released.
     */
    public static Result run(DataSource dataSource, MigrationCatalog catalog, Supplier<MigrationGraph> graphLoader) {
        Optional<String> released = releaseStaleLock(dataSource, catalog);
        MigrationGraph graph;
        try {
            graph = graphLoader.get();
        } catch (MigrationException e) {
            return new Result(Optional.empty(), List.of(e.getMessage()), List.of(e.getMessage()), released);
        }
        Result found = inspect(dataSource, catalog, graph);
        return new Result(found.graph(), found.problems(), found.blocking(), released);
    }

    /** What disagrees between {@code graph} and what the database says is applied; reads, changes nothing. */
    public static Result inspect(DataSource dataSource, MigrationCatalog catalog, MigrationGraph graph) {
        List<String> problems = new ArrayList<>();
        List<String> blocking = new ArrayList<>();
        Map<String, Integer> applied = AppliedChangeSets.read(dataSource);
        Map<String, String> checksums = new MigrationHistory(dataSource).appliedChecksums();
        for (Map.Entry<String, Integer> entry : applied.entrySet()) {
            String name = entry.getKey();
            if (!graph.contains(name)) {
                blocking.add("Migration " + name + " is applied, but its file " + catalog.workspaceFolder()
                        .map(f -> f.resolve(name + ".yaml").toString()).orElse(name + ".yaml") + " is gone. Put the"
                        + " file back: fklab needs it to unapply the migration.");
                continue;
            }
            Migration migration = graph.get(name);
            String recorded = checksums.get(name);
            if (!migration.builtIn() && recorded != null && !recorded.equals(migration.checksum())) {
                blocking.add(migration.location() + " was edited after it was applied, so the database no longer"
                        + " matches it. Undo the edit; to change the migration, unapply it first ('migrate "
                        + (migration.parents().isEmpty() ? "zero" : migration.parents().get(0)) + "'), then edit it"
                        + " and migrate again.");
            }
            if (entry.getValue() < migration.changeSets()) {
                problems.add("Migration " + name + " was interrupted: " + entry.getValue() + " of its "
                        + migration.changeSets() + " changes are applied. 'migrate' finishes it; 'migrate "
                        + (migration.parents().isEmpty() ? "zero" : migration.parents().get(0)) + "' undoes it.");
            }
        }
        List<String> all = new ArrayList<>(blocking);
        all.addAll(problems);
        return new Result(Optional.of(graph), all, blocking, Optional.empty());
    }

    /**
     * Releases a Liquibase lock a killed migrate left, saying when it was taken; fklab holds the workspace, so no
     * other process can be migrating.
     */
    public static Optional<String> releaseStaleLock(DataSource dataSource, MigrationCatalog catalog) {
        Optional<String> lockedAt;
        try {
            lockedAt = Bookkeeping.query(dataSource, "SELECT LOCKGRANTED FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE",
                    lock -> lock.next() ? String.valueOf(lock.getTimestamp(1)) : null);
        } catch (SQLException e) {
            throw new MigrationException("Cannot read Liquibase's lock (DATABASECHANGELOGLOCK): " + e.getMessage(), e);
        }
        if (lockedAt.isEmpty()) {
            return Optional.empty();
        }
        LiquibaseLocks.release(dataSource, catalog);
        return Optional.of("Released the Liquibase lock a migrate left when it was stopped (taken at " + lockedAt.get()
                + "). 'showmigrations' shows what is applied.");
    }
}
