package org.fklab.migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Plain JDBC for tests: statements a learner would type, and the values a query returns. */
public final class Jdbc {

    private Jdbc() {
    }

    public static int update(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** The first column of every row, as text (null stays null). */
    public static List<String> column(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    public static long count(DataSource dataSource, String sql) throws SQLException {
        return Long.parseLong(column(dataSource, sql).get(0));
    }

    /** Whether the column allows NULL, per JDBC metadata. */
    public static boolean nullable(DataSource dataSource, String table, String column) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", table, column)) {
            if (!rs.next()) {
                throw new AssertionError("no column " + table + "." + column);
            }
            return rs.getInt("NULLABLE") != java.sql.DatabaseMetaData.columnNoNulls;
        }
    }
}
