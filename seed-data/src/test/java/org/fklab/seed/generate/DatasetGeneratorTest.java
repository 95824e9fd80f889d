package org.fklab.seed.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.fklab.seed.load.CsvSource;
import org.fklab.seed.load.LoadReport;
import org.fklab.seed.load.SeedLoader;
import org.junit.jupiter.api.Test;

/** The generated dataset is the same for the same seed, and realistic: unique band names, some bandless listings. */
class DatasetGeneratorTest {

    private static byte[] bytes(CsvSource source) throws IOException {
        try (InputStream in = source.opener().open()) {
            return in.readAllBytes();
        }
    }

    private static List<String> lines(CsvSource source) throws IOException {
        return new String(bytes(source), StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void sameSeedGivesByteIdenticalCsv() throws IOException {
        DatasetGenerator first = new DatasetGenerator(500, 20_000, 42);
        DatasetGenerator second = new DatasetGenerator(500, 20_000, 42);

        assertThat(bytes(second.bandCsv())).isEqualTo(bytes(first.bandCsv()));
        assertThat(bytes(second.listingCsv())).isEqualTo(bytes(first.listingCsv()));
        assertThat(bytes(first.listingCsv())).as("read twice from one generator").isEqualTo(bytes(first.listingCsv()));
    }

    @Test
    void differentSeedGivesDifferentRows() throws IOException {
        DatasetGenerator one = new DatasetGenerator(500, 20_000, 42);
        DatasetGenerator other = new DatasetGenerator(500, 20_000, 43);

        assertThat(bytes(other.listingCsv())).isNotEqualTo(bytes(one.listingCsv()));
        assertThat(bytes(other.bandCsv())).isNotEqualTo(bytes(one.bandCsv()));
    }

    @Test
    void tenThousandBandsHaveUniqueNamesAndIdsOneToN() throws IOException {
        List<String> lines = lines(new DatasetGenerator(10_000, 0, 42).bandCsv());

        assertThat(lines.get(0)).isEqualTo("id,name");
        assertThat(lines).hasSize(10_001);
        Set<String> names = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            assertThat(cells).hasSize(2);
            assertThat(cells[0]).isEqualTo(String.valueOf(i));
            assertThat(cells[1]).startsWith("The ").hasSizeLessThanOrEqualTo(100);
            names.add(cells[1]);
        }
        assertThat(names).hasSize(10_000);
    }

    @Test
    void listingsHaveTheirCountIdsAndBandsInRangeAndAboutOneInTwentyHasNoBand() throws IOException {
        int bands = 300;
        int listings = 20_000;
        List<String> lines = lines(new DatasetGenerator(bands, listings, 7).listingCsv());

        assertThat(lines.get(0)).isEqualTo("id,title,band_id");
        assertThat(lines).hasSize(listings + 1);
        int withoutBand = 0;
        Set<Integer> bandIds = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            assertThat(cells).as(lines.get(i)).hasSize(3);
            assertThat(cells[0]).isEqualTo(String.valueOf(i));
            assertThat(cells[1]).isNotBlank().hasSizeLessThanOrEqualTo(100);
            if (cells[2].isEmpty()) {
                withoutBand++;
            } else {
                int band = Integer.parseInt(cells[2]);
                assertThat(band).isBetween(1, bands);
                bandIds.add(band);
            }
        }
        assertThat(withoutBand).isBetween(listings / 20 - 150, listings / 20 + 150);
        assertThat(bandIds).as("every band gets listings").hasSize(bands);
    }

    @Test
    void listingTitlesNameTheirBand() throws IOException {
        DatasetGenerator generator = new DatasetGenerator(50, 2_000, 42);
        List<String> listings = lines(generator.listingCsv());

        for (String line : listings.subList(1, listings.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[2].isEmpty()) {
                assertThat(cells[1]).startsWith(generator.bandName(Integer.parseInt(cells[2])) + " ");
            }
        }
    }

    @Test
    void generatedDatasetLoadsItsRowsLinkedToTheirBands() {
        DatasetGenerator generator = new DatasetGenerator(200, 5_000, 42);
        try (Sandbox sandbox = TestSandbox.migrated()) {
            LoadReport report = new SeedLoader(sandbox).load(List.of(generator.listingCsv(), generator.bandCsv()),
                    false);

            assertThat(report.tables()).extracting(LoadReport.TableCount::table, LoadReport.TableCount::rows)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("band", 200L),
                            org.assertj.core.groups.Tuple.tuple("listing", 5_000L));
            assertThat(Databases.count(sandbox, "band")).isEqualTo(200);
            assertThat(Databases.count(sandbox, "listing")).isEqualTo(5_000);
            assertThat(Databases.query(sandbox, "SELECT COUNT(*) FROM listing l JOIN band b ON b.id = l.band_id"
                    + " WHERE l.title NOT LIKE b.name || ' %'")).containsExactly(List.of(0L));
        }
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new DatasetGenerator(0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatasetGenerator(1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
