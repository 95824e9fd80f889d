package org.fklab.migrations.apply;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.engine.DatabaseError;

/**
 * Queries on the tables that record migrations (Liquibase's and fklab's), which a new database does not have
 * yet. The query itself tells: asking the catalog first would cost a metadata query on every start.
 */
public final class Bookkeeping {

    /** Reads a result set into a value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private Bookkeeping() {
    }

    /** The query's result, or empty when the table it reads does not exist (or the reader found nothing). */
    public static <T> Optional<T> query(DataSource dataSource, String sql, Reader<T> reader) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return Optional.ofNullable(reader.read(rows));
        } catch (SQLException e) {
            if (missingTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean missingTable(SQLException e) {
        return DatabaseError.of(e).kind() == DatabaseError.Kind.NO_SUCH_OBJECT;
    }
}
