package org.fklab.migrations.make;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.engine.DeleteRule;
import org.fklab.migrations.MigrationException;

/** The tables, columns, keys and indexes the database has now, read through JDBC metadata. */
final class LiveSchema {

    /**
     * A column: its name (lower case), type as written in DDL, whether it allows NULL, and its default as SQL
     * ({@code 5}, {@code 'rock'}, {@code CURRENT_TIMESTAMP}), or null when it has none.
     */
    record Column(String name, String type, boolean nullable, String defaultValue) {
    }

    /** A foreign key from one column. */
    record ForeignKey(String name, String column, String referencedTable, String referencedColumn, DeleteRule onDelete) {
    }

    private final DataSource dataSource;

    LiveSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean tableExists(String table) {
        return query(meta -> {
            try (ResultSet rs = meta.getTables(null, "PUBLIC", stored(table), new String[] {"TABLE"})) {
                return rs.next();
            }
        });
    }

    List<String> tables() {
        return query(meta -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.startsWith("DATABASECHANGELOG") && !name.startsWith("FKLAB_")) {
                        names.add(lower(name));
                    }
                }
            }
            return names;
        });
    }

    Optional<Column> column(String table, String column) {
        return columns(table).stream().filter(c -> c.name().equals(lower(column))).findFirst();
    }

    List<Column> columns(String table) {
        return query(meta -> {
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, "PUBLIC", stored(table), "%")) {
                while (rs.next()) {
                    columns.add(new Column(lower(rs.getString("COLUMN_NAME")), ddl(rs.getString("TYPE_NAME"),
                            rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, noneIfNull(rs.getString("COLUMN_DEF"))));
                }
            }
            return columns;
        });
    }

    List<String> primaryKey(String table) {
        return query(meta -> {
            List<String> key = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", stored(table))) {
                while (rs.next()) {
                    key.add(lower(rs.getString("COLUMN_NAME")));
                }
            }
            return key;
        });
    }

    Optional<ForeignKey> foreignKey(String table, String column) {
        return query(meta -> {
            try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", stored(table))) {
                while (rs.next()) {
                    if (rs.getString("FKCOLUMN_NAME").equalsIgnoreCase(column)) {
                        return Optional.of(new ForeignKey(lower(rs.getString("FK_NAME")), lower(column),
                                lower(rs.getString("PKTABLE_NAME")), lower(rs.getString("PKCOLUMN_NAME")),
                                DeleteRule.fromJdbc(rs.getInt("DELETE_RULE"))));
                    }
                }
            }
            return Optional.<ForeignKey>empty();
        });
    }

    /** Indexes a person made on the column (not the ones HSQLDB makes for keys). */
    List<String> indexesOn(String table, String column) {
        return query(meta -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getIndexInfo(null, "PUBLIC", stored(table), false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (column.equalsIgnoreCase(rs.getString("COLUMN_NAME")) && name.startsWith("IX_")) {
                        names.add(lower(name));
                    }
                }
            }
            return names;
        });
    }

    boolean indexExists(String name) {
        return query(meta -> {
            for (String table : tables()) {
                try (ResultSet rs = meta.getIndexInfo(null, "PUBLIC", stored(table), false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME").equalsIgnoreCase(name)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    long rows(String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + stored(table) + "\"")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new MigrationException("Cannot count the rows of " + table + ": " + e.getMessage(), e);
        }
    }

    /** HSQLDB says NULL for the default of a column whose default was dropped with SET DEFAULT NULL. */
    private static String noneIfNull(String defaultValue) {
        return defaultValue == null || defaultValue.strip().equalsIgnoreCase("NULL") ? null : defaultValue.strip();
    }

    private interface MetaQuery<T> {
        T run(DatabaseMetaData meta) throws SQLException;
    }

    private <T> T query(MetaQuery<T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.run(connection.getMetaData());
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the database's schema: " + e.getMessage(), e);
        }
    }

    /** The type as makemigration writes it ({@code decimal(10,2)}, {@code char(3)}), from JDBC's pieces. */
    static String ddl(String typeName, int size, int digits) {
        switch (typeName) {
            case "CHARACTER": case "CHAR":
                return "char(" + size + ")";
            case "VARCHAR": case "CHARACTER VARYING":
                return "varchar(" + size + ")";
            case "DECIMAL": case "NUMERIC":
                return typeName.toLowerCase(Locale.ROOT) + "(" + size + "," + digits + ")";
            default:
                return typeName.toLowerCase(Locale.ROOT);
        }
    }

    static String stored(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
