package org.fklab.migrations.make;

import org.fklab.migrations.MigrationException;

/** The schema checks operations share, each failing with the cause and the fix. */
final class Checks {

    private Checks() {
    }

    static void tableExists(LiveSchema schema, String table) {
        if (!schema.tableExists(table)) {
            throw new MigrationException("There is no table " + table + ". The tables are: "
                    + String.join(", ", schema.tables()) + ".");
        }
    }

    static void columnAbsent(LiveSchema schema, String table, String column) {
        if (schema.column(table, column).isPresent()) {
            throw new MigrationException(table + " already has a column " + column + ".");
        }
    }

    /** A NOT NULL column added to a table with rows needs a value for each of them, as a web framework asks too. */
    static void notNullNeedsDefault(LiveSchema schema, String table, String column, boolean notNull, String defaultValue) {
        if (notNull && defaultValue == null) {
            long rows = schema.rows(table);
            if (rows > 0) {
                throw new MigrationException(table + " has " + rows + (rows == 1 ? " row" : " rows") + ", and a NOT NULL"
                        + " column needs a value in each. Give the value existing rows get with --default VALUE,"
                        + " or let the column be empty with --null.");
            }
        }
    }
}
