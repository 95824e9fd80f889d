package org.fklab.domain.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.fklab.domain.DomainException;

/**
 * HSQLDB set for a large load into a file database that a {@link Savepoint} already protects, and set back after it:
 * no redo log, and a row cache sized to the heap. Without the log a kill mid-load leaves the files at the savepoint's
 * checkpoint (HSQLDB puts the data file back from its backup when it reopens), and the savepoint, or the workspace's
 * undo copy, is what takes a load back in any case; so the log, which would write every row a second time, protects
 * nothing here. Closing puts the settings back and checkpoints, so that the committed rows are on disk before the
 * load says it is done.
 */
public final class BulkLoad implements AutoCloseable {

    /**
     * HSQLDB counts a cached row by its size on disk; on the heap it takes about twice that. A quarter of the heap
     * for the cache (half of it in fact) leaves the rest for the load itself: with a third, a 256 MB heap ran nearly
     * full (six full collections in a load of 1,000,000 listings).
     */
    private static final long HEAP_SHARE = 4;
    /** The smallest cached row HSQLDB stores (listing's rows, id + short title + band_id, take about 60 bytes). */
    private static final long SMALLEST_ROW_BYTES = 32;

    private final Sandbox sandbox;
    private final long cacheRows;
    private final long cacheKilobytes;
    private final boolean logged;
    private boolean closed;

    private BulkLoad(Sandbox sandbox, long cacheRows, long cacheKilobytes, boolean logged) {
        this.sandbox = sandbox;
        this.cacheRows = cacheRows;
        this.cacheKilobytes = cacheKilobytes;
        this.logged = logged;
    }

    static BulkLoad begin(Sandbox sandbox) {
        BulkLoad before;
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet settings = statement.executeQuery("SELECT property_name, property_value"
                     + " FROM information_schema.system_properties WHERE property_name IN"
                     + " ('hsqldb.cache_rows', 'hsqldb.cache_size', 'hsqldb.log_data')")) {
            long rows = 0;
            long kilobytes = 0;
            boolean logged = true;
            while (settings.next()) {
                String value = settings.getString(2);
                switch (settings.getString(1)) {
                    case "hsqldb.cache_rows" -> rows = Long.parseLong(value);
                    case "hsqldb.cache_size" -> kilobytes = Long.parseLong(value);
                    default -> logged = Boolean.parseBoolean(value);
                }
            }
            before = new BulkLoad(sandbox, rows, kilobytes, logged);
        } catch (SQLException | NumberFormatException e) {
            throw new DomainException("The database could not be set for a large load: " + e.getMessage(), e);
        }
        long cacheBytes = Runtime.getRuntime().maxMemory() / HEAP_SHARE;
        long kilobytes = Math.max(before.cacheKilobytes, cacheBytes / 1024);
        long rows = Math.max(before.cacheRows, cacheBytes / SMALLEST_ROW_BYTES);
        sandbox.manage("SET FILES CACHE SIZE " + Math.min(kilobytes, Integer.MAX_VALUE));
        sandbox.manage("SET FILES CACHE ROWS " + Math.min(rows, Integer.MAX_VALUE));
        sandbox.manage("SET FILES LOG FALSE");
        return before;
    }

    /**
     * The load is undone by putting back a savepoint taken before it began: those files hold the settings from
     * before, so there is nothing left to set back.
     */
    public void undone() {
        closed = true;
    }

    /** Sets HSQLDB back as it was and checkpoints: what the load committed is then on disk. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sandbox.manage("SET FILES LOG " + (logged ? "TRUE" : "FALSE"));
        sandbox.manage("SET FILES CACHE ROWS " + cacheRows);
        sandbox.manage("SET FILES CACHE SIZE " + cacheKilobytes);
        sandbox.manage("CHECKPOINT");
    }
}
