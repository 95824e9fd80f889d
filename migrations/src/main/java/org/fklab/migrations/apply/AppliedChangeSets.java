package org.fklab.migrations.apply;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;

/**
 * Reads Liquibase's DATABASECHANGELOG, the record of what is applied, and counts the changesets
 * recorded for each migration (a migration is named after its changelog file).
 */
public final class AppliedChangeSets {

    private AppliedChangeSets() {
    }

    /** Migration name to the number of its changesets that are applied, in the order they were first applied. */
    public static Map<String, Integer> read(DataSource dataSource) {
        try {
            return Bookkeeping.query(dataSource, "SELECT FILENAME FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED", rows -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                while (rows.next()) {
                    counts.merge(migrationName(rows.getString(1)), 1, Integer::sum);
                }
                return counts;
            }).orElseGet(LinkedHashMap::new);
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the list of applied migrations (DATABASECHANGELOG): "
                    + e.getMessage(), e);
        }
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, "PUBLIC", table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** {@code org/fklab/migrations/builtin/0003_listing_band.yaml} and {@code 0003_listing_band.yaml} both name 0003_listing_band. */
    static String migrationName(String changelogPath) {
        String file = changelogPath.substring(changelogPath.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
