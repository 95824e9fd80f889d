package org.fklab.domain.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HSQLDB's row cache: its default for small databases, sized to a large one within the heap, and set for real. */
class RowCacheTest {

    private static final long MB = 1 << 20;

    @TempDir
    Path folder;

    @Test
    void aSmallDatabaseKeepsHsqldbsDefault() {
        assertThat(RowCache.sizeFor(31 * MB, 4096 * MB)).containsExactly(10_000, 50_000);
    }

    @Test
    void aLargeOneGetsTwiceItsSizeRoundedUpWithinATenthOfTheHeap() {
        assertThat(RowCache.sizeFor(128 * MB, 4096 * MB)).containsExactly(262_144, 262_144 * 1024 / 100);
        assertThat(RowCache.sizeFor(129 * MB, 4096 * MB)).containsExactly(278_528, 278_528 * 1024 / 100);
        assertThat(RowCache.sizeFor(1000 * MB, 1024 * MB)).containsExactly(98_304, 98_304 * 1024 / 100);
        assertThat(RowCache.sizeFor(1000 * MB, 64 * MB)).containsExactly(10_000, 102_400);
    }

    /** The cache HSQLDB uses now, in bytes (it shows one once a cached table has been read). */
    private static long cacheInEffect(Sandbox sandbox) throws SQLException {
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT COUNT(*) FROM t");
            try (ResultSet cache = statement.executeQuery("SELECT max_cache_bytes FROM information_schema.system_cacheinfo")) {
                assertThat(cache.next()).isTrue();
                return cache.getLong(1);
            }
        }
    }

    @Test
    void aDatabaseAboutToGrowIsSetAndReopenedAndALaterSmallOneIsPutBack() throws SQLException {
        Path db = folder.resolve("db");
        try (Sandbox sandbox = Sandbox.openFile(db)) {
            try (Connection connection = sandbox.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE CACHED TABLE t (id INT)");
            }
            assertThat(cacheInEffect(sandbox)).isEqualTo(10_000 * 1024L);

            sandbox.prepareToGrow(200 * MB);

            long[] expected = RowCache.sizeFor(DatabaseFiles.dataBytes(db) + 200 * MB, Runtime.getRuntime().maxMemory());
            assertThat(expected[0]).isGreaterThan(10_000);
            assertThat(cacheInEffect(sandbox)).isEqualTo(expected[0] * 1024);
        }
        try (Sandbox sandbox = Sandbox.openFile(db)) {
            assertThat(cacheInEffect(sandbox)).isEqualTo(10_000 * 1024L); // it stayed small: the default again
        }
    }
}
