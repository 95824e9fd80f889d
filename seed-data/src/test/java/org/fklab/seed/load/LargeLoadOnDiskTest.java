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
 * A load large enough for HSQLDB's bulk settings (no redo log, foreign keys checked once at the end, rows sent sorted
 * by their parent key) still ends with every row or none on disk, with the rows the files give, refusals at the lines
 * that cause them, and the database's settings as they were.
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
        return csv("band.csv", "band", BANDS, text);
    }

    private static CsvSource csv(String name, String table, long rows, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return CsvSource.generated(name, table, rows, () -> new ByteArrayInputStream(bytes));
    }

    /** The band a listing of the test points at: scattered over bands 1 to 50, as generated data is. */
    private static long bandOf(int listing) {
        return listing * 7919L % 50 + 1;
    }

    /** {@code id,title,band_id} for {@value #BANDS} listings, line {@code i + 1} holding listing {@code i}. */
    private static String listings() {
        return IntStream.range(1, BANDS + 1).mapToObj(i -> i + ",Listing " + i + "," + bandOf(i))
                .collect(Collectors.joining("\n", "id,title,band_id\n", "\n"));
    }

    private static CsvSource fiftyBands() {
        return csv("band.csv", "band", 50, IntStream.range(1, 51).mapToObj(i -> i + ",Band " + i)
                .collect(Collectors.joining("\n", "id,name\n", "\n")));
    }

    private static List<List<Object>> settings(Sandbox sandbox) {
        return Databases.query(sandbox, "SELECT property_name, property_value FROM information_schema.system_properties"
                + " WHERE property_name IN ('hsqldb.log_data', 'hsqldb.cache_rows', 'hsqldb.cache_size',"
                + " 'sql.ref_integrity')"
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
            assertThat(after).isEqualTo(before).contains(List.of("hsqldb.log_data", "true"),
                    List.of("sql.ref_integrity", "true"));
        }
    }

    @Test
    void rowsSentInTheirParentsOrderAreTheRowsOfTheFile() {
        try (Sandbox sandbox = Databases.onDisk(folder.resolve("db"))) {
            new SeedLoader(sandbox).load(List.of(fiftyBands(), csv("listing.csv", "listing", BANDS, listings())),
                    false);

            List<List<Object>> rows = Databases.query(sandbox, "SELECT id, title, band_id FROM listing ORDER BY id");
            assertThat(rows).hasSize(BANDS);
            for (List<Object> row : rows) {
                int id = ((Number) row.get(0)).intValue();
                assertThat(row).containsExactly((long) id, "Listing " + id, bandOf(id));
            }
        }
    }

    @Test
    void anIdRepeatedFurtherDownIsRefusedAtTheLineThatRepeatsItThoughItsRowWasSentFirst() {
        // line 2 is listing 1 (band 7919 % 50 + 1 = 20); the last line gives id 1 again, with band 1: sorted by band,
        // the last line's row goes in first, and line 2's is the one the database refuses
        String text = listings().replaceFirst("\n" + BANDS + ",Listing " + BANDS + "," + bandOf(BANDS) + "\n$",
                "\n1,Listing again,1\n");
        try (Sandbox sandbox = Databases.onDisk(folder.resolve("db"))) {
            Databases.addBaseline(sandbox);
            Map<String, List<List<Object>>> rows = Databases.rows(sandbox);

            SeedException refusal = catchThrowableOfType(SeedException.class, () -> new SeedLoader(sandbox).load(
                    List.of(fiftyBands(), csv("listing.csv", "listing", BANDS, text)),
                    new SeedLoader.Options(false, true, LoadProgress.NONE)));

            assertThat(refusal.problems()).singleElement().asString()
                    .startsWith("listing.csv:" + (BANDS + 1) + ": the database refused this row: column id: '1' is"
                            + " already taken")
                    .contains("line 2 of this file has the same.");
            assertThat(Databases.rows(sandbox)).isEqualTo(rows);
        }
    }

    @Test
    void aDefaultThatPointsAtNoParentIsFoundByTheCheckAtTheEndAndNothingIsLoaded() {
        try (Sandbox sandbox = Databases.onDisk(folder.resolve("db"))) {
            Databases.addBaseline(sandbox);
            Databases.sql(sandbox, "ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 999999");
            Map<String, List<List<Object>>> rows = Databases.rows(sandbox);
            List<List<Object>> before = settings(sandbox);
            String text = IntStream.range(1, BANDS + 1).mapToObj(i -> (1000 + i) + ",Listing " + i)
                    .collect(Collectors.joining("\n", "id,title\n", "\n"));

            SeedException refusal = catchThrowableOfType(SeedException.class, () -> new SeedLoader(sandbox)
                    .load(List.of(csv("listing.csv", "listing", BANDS, text)), false));

            assertThat(refusal.problems()).singleElement().asString()
                    .startsWith("listing rows point at band rows that do not exist: band_id = 999999 (foreign key"
                            + " fk_listing_band). No line of the files gives such a value");
            assertThat(Databases.rows(sandbox)).isEqualTo(rows);
            assertThat(settings(sandbox)).isEqualTo(before).contains(List.of("sql.ref_integrity", "true"));
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
