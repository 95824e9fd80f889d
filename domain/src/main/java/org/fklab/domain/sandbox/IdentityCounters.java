package org.fklab.domain.sandbox;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.DomainException;
import org.hsqldb.Session;
import org.hsqldb.Table;
import org.hsqldb.jdbc.JDBCConnection;

/**
 * The number each table's identity column gives its next row. HSQLDB moves it on for every row inserted and a
 * rollback does not move it back, so a refused or dry-run load in memory (where there is no savepoint of the
 * files to restore) notes the numbers first and puts them back afterwards: nothing of the load remains.
 * SQL has no way to read the number, so it is read from the engine HSQLDB runs in this process.
 */
public final class IdentityCounters {

    /** Stored table name → [identity column, next value]. */
    private final Map<String, Object[]> next;

    private IdentityCounters(Map<String, Object[]> next) {
        this.next = next;
    }

    /** The counters of {@code tables} (stored names) now (none, if the database is not an in-process HSQLDB). */
    public static IdentityCounters read(SqlSession session, Collection<String> tables) {
        Map<String, Object[]> next = new LinkedHashMap<>();
        try {
            Session engine = (Session) session.getConnection().unwrap(JDBCConnection.class).getSession();
            for (String name : tables) {
                Table table = engine.getDatabase().schemaManager.findUserTable(name, "PUBLIC");
                if (table != null && table.hasIdentityColumn()) {
                    int column = table.getIdentityColumnIndex();
                    next.put(name, new Object[] {table.getColumn(column).getName().name,
                            table.getColumn(column).getIdentitySequence().peek()});
                }
            }
        } catch (SQLException | RuntimeException e) {
            next.clear(); // not an engine in this process: the counters cannot be read, and are left alone
        }
        return new IdentityCounters(next);
    }

    /** The next value of each table's identity column, as read. */
    public Map<String, Long> values() {
        Map<String, Long> values = new LinkedHashMap<>();
        next.forEach((table, counter) -> values.put(table, (Long) counter[1]));
        return values;
    }

    /** Puts the counters back where {@link #read} found them. */
    public void restore(Sandbox sandbox) {
        if (next.isEmpty()) {
            return;
        }
        sandbox.inTransaction(session -> {
            try (Statement statement = session.getConnection().createStatement()) {
                for (Map.Entry<String, Object[]> counter : next.entrySet()) {
                    // the names are the engine's own, read above: quoted as stored, never typed by anyone
                    statement.execute("ALTER TABLE \"" + counter.getKey() + "\" ALTER COLUMN \"" + counter.getValue()[0]
                            + "\" RESTART WITH " + counter.getValue()[1]);
                }
            } catch (SQLException e) {
                throw new DomainException("The identity counters could not be put back: " + e.getMessage(), e);
            }
            return null;
        });
    }
}
