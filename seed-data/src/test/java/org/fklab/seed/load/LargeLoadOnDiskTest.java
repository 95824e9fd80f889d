package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.fklab.seed.SeedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load large enough for HSQLDB's bulk setting (no redo log) still ends with every row or none on disk, and leaves
 * the database's settings as they were.
 */
class LargeLoadOnDiskTest {

    private static final int BANDS = 21_000;

    @TempDir
    Path folder;

    /** {@code id,name} for {@value #BANDS} bands with ids from 101, the last one given {@code lastCell} as its id. */
    private static CsvSource bands(String lastCell) {
        String text = IntStream.range(1, BANDS + 1)
                .mapToObj(i -> (i == BANDS ? lastCell : String.valueOf(100 + i)) + ",Band " + i)
                .collect(Collectors.joining("\n", "id,name\n", "\n"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return CsvSource.generated("band.csv", "band", BANDS, () -> new ByteArrayInputStream(bytes));
    }

    private static List<List<Object>> settings(Sandbox sandbox) {
        return Databases.query(sandbox, "SELECT property_name, property_value FROM information_schema.system_properties"
                + " WHERE property_name IN ('hsqldb.log_data', 'hsqldb.cache_rows', 'hsqldb.cache_size')"
                + " ORDER BY property_name");
    }

    /** Stops the database as a kill would: nothing written that was not on disk already. */
    private static void shutdownImmediately(Sandbox sandbox) throws SQLException {
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        }
    }

    @Test
    void aLargeLoadIsOnDiskWhenItReturnsAndLeavesTheSettingsAsTheyWere() throws SQLException {
        try (Sandbox sandbox = Databases.onDisk(folder.resolve("db"))) {
            List<List<Object>> before = settings(sandbox);

            new SeedLoader(sandbox).load(List.of(bands(String.valueOf(100 + BANDS))), false);
            List<List<Object>> after = settings(sandbox);
            shutdownImmediately(sandbox); // the next statement opens the files again

            assertThat(Databases.count(sandbox, "band")).isEqualTo(BANDS);
            assertThat(after).isEqualTo(before).contains(List.of("hsqldb.log_data", "true"));
        }
    }

    @Test
    void aLargeLoadRefusedAtItsLastRowLeavesNoRowAndTheSettingsAsTheyWere() {
        try (Sandbox sandbox = Databases.onDisk(folder.resolve("db"))) {
            Databases.addBaseline(sandbox);
            Map<String, List<List<Object>>> rows = Databases.rows(sandbox);
            List<List<Object>> before = settings(sandbox);

            SeedException refusal = catchThrowableOfType(SeedException.class,
                    () -> new SeedLoader(sandbox).load(List.of(bands("101")), false));

            assertThat(refusal.problems()).singleElement().asString()
                    .startsWith("band.csv:" + (BANDS + 1) + ": the database refused this row: column id: '101' is"
                            + " already taken");
            assertThat(Databases.rows(sandbox)).isEqualTo(rows);
            assertThat(settings(sandbox)).isEqualTo(before);
        }
    }
}
