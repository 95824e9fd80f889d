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

/**
 * Moves a database through the migration graph: plans which migrations to apply or unapply to reach a
 * target, and has Liquibase do each one.
 */
public final class Migrator {

    /** The name that means "before the first migration". */
    public static final String ZERO = "zero";

    private final DataSource dataSource;
    private final MigrationGraph graph;
    private final LiquibaseRunner liquibase;

    public Migrator(DataSource dataSource, MigrationCatalog catalog) {
        this.dataSource = dataSource;
        this.graph = catalog.load();
        this.liquibase = new LiquibaseRunner(dataSource, catalog.workspaceFolder());
    }

    /**
     * Whether Liquibase has never run on this database: no DATABASECHANGELOG table. Plain JDBC, so a start-up
     * that finds an existing workspace does not load Liquibase at all.
     */
    public static boolean neverMigrated(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return !AppliedChangeSets.tableExists(connection, "DATABASECHANGELOG");
        } catch (java.sql.SQLException e) {
            throw new MigrationException("Cannot read the database's tables: " + e.getMessage(), e);
        }
    }

    public MigrationGraph graph() {
        return graph;
    }

    /** Names of the applied migrations. */
    public Set<String> applied() {
        return AppliedChangeSets.read(dataSource).keySet();
    }

    /** The plan to reach the single leaf of the graph. */
    public MigrationPlan planToLeaf() {
        List<Migration> leaves = graph.leaves();
        if (leaves.size() > 1) {
            throw new MigrationException("The migrations have branched: " + leaves.stream().map(Migration::name)
                    .collect(Collectors.joining(" and ")) + " both build on earlier migrations and neither on the"
                    + " other. Run 'makemigrations --merge' to join them, or 'migrate NAME' to migrate to one of them.");
        }
        return leaves.isEmpty() ? new MigrationPlan(ZERO, List.of(), List.of()) : planTo(leaves.get(0).name());
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
            return new MigrationPlan(ZERO, unapply, List.of());
        }
        Migration goal = graph.resolve(target);
        List<Migration> apply = graph.ancestorsAndSelf(goal.name()).stream()
                .filter(m -> !applied.contains(m.name())).collect(Collectors.toList());
        List<Migration> unapply = graph.descendants(goal.name()).stream()
                .filter(m -> applied.contains(m.name())).collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(unapply);
        return new MigrationPlan(goal.name(), unapply, apply);
    }

    public void execute(MigrationPlan plan) {
        for (Migration m : plan.unapply()) {
            unapply(m);
        }
        for (Migration m : plan.apply()) {
            apply(m);
        }
    }

    public void apply(Migration migration) {
        try {
            liquibase.update(migration.changelogPath());
        } catch (Exception e) {
            throw new MigrationException("Migration " + migration.name() + " failed: " + LiquibaseErrors.describe(e), e);
        }
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
            throw new MigrationException("Unapplying " + migration.name() + " failed: " + LiquibaseErrors.describe(e), e);
        }
    }
}
