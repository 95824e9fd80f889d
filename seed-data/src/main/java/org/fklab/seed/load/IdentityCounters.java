package org.fklab.seed.load;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.sandbox.Sandbox;
import org.hsqldb.Session;
import org.hsqldb.Table;
import org.hsqldb.jdbc.JDBCConnection;

/**
 * The number each table's identity column gives its next row. HSQLDB moves it on for every row inserted and a
 * rollback does not move it back, so a refused or dry-run load in memory (where there is no savepoint of the
 * files to restore) notes the numbers first and puts them back afterwards: nothing of the load remains.
 * SQL has no way to read the number, so it is read from the engine HSQLDB runs in this process.
 */
final class IdentityCounters {

    /** Stored table name → [identity column, next value]. */
    private final Map<String, Object[]> next;

    private IdentityCounters(Map<String, Object[]> next) {
        this.next = next;
    }

    /** The counters of {@code tables} now (none, if the database is not an in-process HSQLDB). */
    static IdentityCounters read(SqlSession session, Collection<String> tables) {
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
    Map<String, Long> values() {
        Map<String, Long> values = new LinkedHashMap<>();
        next.forEach((table, counter) -> values.put(table, (Long) counter[1]));
        return values;
    }

    /** Puts the counters back where {@link #read} found them. */
    void restore(Sandbox sandbox) {
        if (next.isEmpty()) {
            return;
        }
        sandbox.inTransaction(session -> {
            SeedMapper mapper = session.getMapper(SeedMapper.class);
            next.forEach((table, counter) -> mapper.restartIdentity(table, (String) counter[0], (Long) counter[1]));
            return null;
        });
    }
}
