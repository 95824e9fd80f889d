package org.fklab.migrations.cost;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.apply.MigrationPlan;
import org.fklab.migrations.graph.Change;
import org.fklab.migrations.graph.Migration;

/**
 * Counts what a plan would destroy before it runs: unapplying a migration drops what it created (its
 * columns, its tables), and applying one that drops a column or table drops that. Web frameworks do not
 * tell; fklab does, and asks first.
 */
public final class DataLossCounter {

    private final DataSource dataSource;

    public DataLossCounter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<DataLoss> count(MigrationPlan plan) {
        List<DataLoss> losses = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Migration migration : plan.unapply()) {
                Set<String> droppedTables = new LinkedHashSet<>();
                for (Change change : migration.changes()) {
                    if (change.is("createTable")) {
                        droppedTables.add(change.table());
                        rows(connection, change.table()).ifNonZero(n ->
                                losses.add(new DataLoss(migration.name(), change.table(), null, n)));
                    }
                }
                for (Change change : migration.changes()) {
                    // a renamed column is renamed back on unapply, values and all: only added columns are dropped
                    if (change.is("addColumn") && !droppedTables.contains(change.table())) {
                        for (String column : change.createdColumns()) {
                            values(connection, change.table(), column).ifNonZero(n ->
                                    losses.add(new DataLoss(migration.name(), change.table(), column, n)));
                        }
                    }
                }
            }
            for (Migration migration : plan.apply()) {
                for (Change change : migration.changes()) {
                    if (change.is("dropTable")) {
                        rows(connection, change.table()).ifNonZero(n ->
                                losses.add(new DataLoss(migration.name(), change.table(), null, n)));
                    } else if (change.is("dropColumn")) {
                        for (String column : change.columns()) {
                            values(connection, change.table(), column).ifNonZero(n ->
                                    losses.add(new DataLoss(migration.name(), change.table(), column, n)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot count the data the migration would drop: " + e.getMessage(), e);
        }
        return losses;
    }

    /** A count, or nothing when the table or column is not there (yet). */
    private record Count(long value) {
        void ifNonZero(java.util.function.LongConsumer consumer) {
            if (value > 0) {
                consumer.accept(value);
            }
        }
    }

    private static Count rows(Connection connection, String table) throws SQLException {
        return query(connection, table, null, "SELECT COUNT(*) FROM \"" + stored(table) + "\"");
    }

    private static Count values(Connection connection, String table, String column) throws SQLException {
        return query(connection, table, column, "SELECT COUNT(\"" + stored(column) + "\") FROM \"" + stored(table) + "\"");
    }

    private static Count query(Connection connection, String table, String column, String sql) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, "PUBLIC", stored(table),
                column == null ? "%" : stored(column))) {
            if (!columns.next()) {
                return new Count(0);
            }
        }
        try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery(sql)) {
            count.next();
            return new Count(count.getLong(1));
        }
    }

    private static String stored(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
