package org.fklab.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a workspace holds that undo and restore must bring back, read straight from its files after fklab
 * has closed it (read-only): every row of every table (Liquibase's record of applied migrations included), each
 * table's columns, and the learner's migration files.
 */
record WorkspaceDump(Map<String, List<String>> rows, Map<String, String> columns, Map<String, String> migrations) {

    static WorkspaceDump of(Path workspace) {
        String url = "jdbc:hsqldb:file:" + workspace.resolve("db").resolve("fklab").toAbsolutePath()
                + ";ifexists=true;readonly=true;hsqldb.lock_file=false";
        try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
            Map<String, List<String>> rows = new TreeMap<>();
            Map<String, String> columns = new TreeMap<>();
            for (String table : tables(connection)) {
                columns.put(table, columns(connection, table));
                rows.put(table, rows(connection, table));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN"); // so that the next fklab in this JVM opens the files afresh
            }
            return new WorkspaceDump(rows, columns, migrations(workspace.resolve("migrations")));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the workspace database in " + workspace, e);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static String columns(Connection connection, String table) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet result = connection.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
            while (result.next()) {
                text.append(result.getString("COLUMN_NAME")).append(' ').append(result.getString("TYPE_NAME"))
                        .append(result.getInt("NULLABLE") == 0 ? " NOT NULL" : "").append("; ");
            }
        }
        return text.toString();
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
            int count = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= count; i++) {
                    row.append(result.getMetaData().getColumnName(i)).append('=').append(result.getString(i))
                            .append(i < count ? ", " : "");
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static Map<String, String> migrations(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
