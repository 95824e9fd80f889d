package org.fklab.domain.sandbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * HSQLDB's cache of rows of cached tables, sized for a large database. HSQLDB's default (10 MB, 50,000 rows) holds
 * a twentieth of a million-row table: a load or a query over it then reads rows back from the file again and again,
 * which cost a third of a large load. A database that holds, or is about to hold, more than {@value #LARGE_MB} MB
 * gets a cache of twice its size, up to a tenth of the heap (rows take about three and a half times their bytes on
 * the heap, so a full cache uses at most a third of it); a smaller one keeps HSQLDB's default, because HSQLDB
 * allocates a table for the cache's whole row count each time it opens a database. HSQLDB reads the setting when it
 * opens a database, so one whose setting differs is set and reopened; the setting is kept in its files.
 */
final class RowCache {

    /** From this size a database's cache is sized to it. */
    static final long LARGE_MB = 32;
    /** HSQLDB's defaults. */
    private static final long DEFAULT_KB = 10_000;
    private static final long DEFAULT_ROWS = 50_000;
    /** Rows of fklab's tables take a hundred bytes or more in the file. */
    private static final long BYTES_PER_ROW = 100;
    /** Sizes are rounded to this, so that about the same size always asks for the same cache. */
    private static final long STEP_KB = 16_384;

    private RowCache() {
    }

    /** The cache, in KB and rows, for {@code dataBytes} of rows and a heap of {@code maxHeapBytes}. */
    static long[] sizeFor(long dataBytes, long maxHeapBytes) {
        if (dataBytes < LARGE_MB << 20) {
            return new long[] {DEFAULT_KB, DEFAULT_ROWS};
        }
        long wanted = (2 * dataBytes / 1024 + STEP_KB - 1) / STEP_KB * STEP_KB;
        long kilobytes = Math.max(DEFAULT_KB, Math.min(wanted, maxHeapBytes / 10 / 1024 / STEP_KB * STEP_KB));
        return new long[] {kilobytes, Math.max(DEFAULT_ROWS, kilobytes * 1024 / BYTES_PER_ROW)};
    }

    /**
     * Sets the cache of the open database in {@code database} for {@code dataBytes} of rows if it is not set so; true
     * if it was changed, and the database must be reopened (by a SHUTDOWN: the next connection opens it) for the
     * change to take effect. The setting is read first from the script HSQLDB wrote at its last checkpoint, which
     * costs no query (the first query of INFORMATION_SCHEMA costs 10 to 20 ms, a twentieth of a one-shot command).
     */
    static boolean fit(Connection connection, Path database, long dataBytes) throws SQLException {
        long[] size = sizeFor(dataBytes, Runtime.getRuntime().maxMemory());
        if (Arrays.equals(DatabaseFiles.cacheSetting(database), size)) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            long currentKb = -1;
            long currentRows = -1;
            try (ResultSet settings = statement.executeQuery("SELECT property_name, property_value"
                    + " FROM information_schema.system_properties"
                    + " WHERE property_name IN ('hsqldb.cache_size', 'hsqldb.cache_rows')")) {
                while (settings.next()) {
                    long value = Long.parseLong(settings.getString(2));
                    if (settings.getString(1).equals("hsqldb.cache_size")) {
                        currentKb = value;
                    } else {
                        currentRows = value;
                    }
                }
            }
            if (currentKb == size[0] && currentRows == size[1]) {
                return false;
            }
            statement.execute("SET FILES CACHE SIZE " + size[0]);
            statement.execute("SET FILES CACHE ROWS " + size[1]);
            statement.execute("SHUTDOWN");
            return true;
        }
    }
}
