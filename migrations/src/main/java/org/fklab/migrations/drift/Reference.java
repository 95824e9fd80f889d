package org.fklab.migrations.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.apply.LiquibaseRunner;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.hsqldb.jdbc.JDBCDataSource;

import liquibase.database.Database;
import liquibase.snapshot.DatabaseSnapshot;

/**
 * What the applied migrations make, with nobody's hand in it: a scratch in-memory HSQLDB that Liquibase migrated
 * through the same changeSets (in graph order, as many of each migration as the workspace has applied), and
 * Liquibase's snapshot of it. It stays open, so Liquibase can compare against it again and again.
 */
final class Reference implements AutoCloseable {

    private final Connection connection;
    private final Database database;
    private final DatabaseSnapshot snapshot;

    private Reference(Connection connection, Database database, DatabaseSnapshot snapshot) {
        this.connection = connection;
        this.database = database;
        this.snapshot = snapshot;
    }

    /** Migrates a new scratch database by {@code applied} (migration name to changeSets applied). */
    static Reference build(MigrationCatalog catalog, Map<String, Integer> applied) throws Exception {
        MigrationGraph graph = catalog.load();
        for (String name : applied.keySet()) {
            if (!graph.contains(name)) {
                throw new MigrationException("migration " + name + " is applied, but its file is gone");
            }
        }
        DataSource scratch = scratch();
        LiquibaseRunner liquibase = new LiquibaseRunner(scratch, catalog.workspaceFolder());
        for (Migration migration : graph.inOrder()) {
            int count = applied.getOrDefault(migration.name(), 0);
            if (count > 0) {
                try {
                    liquibase.updateCount(migration.changelogPath(), count);
                } catch (Exception e) {
                    shutDown(scratch.getConnection());
                    throw new MigrationException("the migrations do not build this database on their own: on a new"
                            + " database, " + migration.name() + " fails (" + DriftCheck.reason(e) + "). Something it"
                            + " relies on was made by hand; put that in a migration too", e);
                }
            }
        }
        Connection connection = scratch.getConnection();
        try {
            Database database = LiquibaseRunner.open(connection);
            DatabaseSnapshot snapshot = liquibase.quietly(() -> LiquibaseDiff.snapshot(database));
            return new Reference(connection, database, snapshot);
        } catch (Exception e) {
            shutDown(connection);
            throw e;
        }
    }

    private static DataSource scratch() {
        JDBCDataSource dataSource = new JDBCDataSource();
        dataSource.setUrl("jdbc:hsqldb:mem:fklab-reference-" + UUID.randomUUID());
        dataSource.setUser("SA");
        dataSource.setPassword("");
        return dataSource;
    }

    Database database() {
        return database;
    }

    DatabaseSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public void close() {
        shutDown(connection);
    }

    private static void shutDown(Connection connection) {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // an in-memory database nobody else uses: nothing is lost if it does not shut down cleanly
        }
    }
}
