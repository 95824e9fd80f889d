package org.fklab.migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;

/** Empty in-memory HSQLDB databases, and what their schema holds, for migration tests. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource empty() {
        JDBCDataSource dataSource = new JDBCDataSource();
        dataSource.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
        dataSource.setUser("SA");
        dataSource.setPassword("");
        return dataSource;
    }

    /** Tables of the PUBLIC schema, as stored (upper case), the migration records (Liquibase's and fklab's) left out. */
    public static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("DATABASECHANGELOG") && !name.startsWith("FKLAB_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    public static List<String> columns(DataSource dataSource, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    /** Foreign key name to its delete rule as JDBC reports it. */
    public static List<String> foreignKeys(DataSource dataSource, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getImportedKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                keys.add(rs.getString("FK_NAME") + " " + rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME")
                        + " rule=" + rs.getInt("DELETE_RULE"));
            }
        }
        return keys;
    }

    public static List<String> indexes(DataSource dataSource, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(null, "PUBLIC", table, false, false)) {
            while (rs.next()) {
                names.add(rs.getString("INDEX_NAME"));
            }
        }
        return names;
    }
}
