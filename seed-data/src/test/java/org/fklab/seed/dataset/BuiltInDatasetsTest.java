package org.fklab.seed.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.fklab.seed.load.CsvSource;
import org.fklab.seed.load.LoadReport;
import org.fklab.seed.load.SeedLoader;
import org.junit.jupiter.api.Test;

/** The datasets that ship with fklab load into the schema they are meant for, with the rows they announce. */
class BuiltInDatasetsTest {

    private static Map<String, Long> loaded(LoadReport report) {
        Map<String, Long> rows = new LinkedHashMap<>();
        report.tables().forEach(t -> rows.merge(t.table(), t.rows(), Long::sum));
        return rows;
    }

    @Test
    void indexListsTheTutorialDatasetsAndTheGeneratedOne() {
        assertThat(BuiltInDatasets.all()).extracting(Dataset::name)
                .containsExactly("tutorial", "tutorial-unlinked", "large");
        assertThat(BuiltInDatasets.all()).allSatisfy(d -> assertThat(d.description()).isNotBlank());
        assertThat(BuiltInDatasets.find(BuiltInDatasets.TUTORIAL)).isPresent();
        assertThat(BuiltInDatasets.find("nope")).isEmpty();
    }

    @Test
    void tutorialLoadsIntoTheFullSchemaWithTheRowsItAnnounces() {
        Dataset tutorial = BuiltInDatasets.find("tutorial").orElseThrow();
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // when
            LoadReport report = new SeedLoader(sandbox).load(tutorial.csvSources(), false);

            // then
            assertThat(tutorial.rows()).containsExactly(entry("band", 3L), entry("listing", 3L), entry("author", 3L),
                    entry("book", 5L));
            assertThat(loaded(report)).isEqualTo(tutorial.rows());
            tutorial.rows().forEach((table, rows) -> assertThat(Databases.count(sandbox, table)).as(table)
                    .isEqualTo(rows));
            assertThat(Databases.query(sandbox, "SELECT COUNT(*) FROM listing WHERE band_id IS NULL"))
                    .containsExactly(List.of(0L));
            assertThat(Databases.query(sandbox, "SELECT a.name, COUNT(*) FROM book b JOIN author a ON a.id = b.author_id"
                    + " GROUP BY a.name ORDER BY a.name")).containsExactly(List.of("Jane Austen", 2L),
                    List.of("Louisa May Alcott", 2L), List.of("Mary Shelley", 1L));
        }
    }

    @Test
    void tutorialUnlinkedLoadsIntoASchemaBeforeListingBand() {
        Dataset unlinked = BuiltInDatasets.find("tutorial-unlinked").orElseThrow();
        try (Sandbox sandbox = TestSandbox.migratedTo("0002")) {
            // given: listing has no band_id yet
            assertThat(Databases.query(sandbox, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'LISTING' AND COLUMN_NAME = 'BAND_ID'")).containsExactly(List.of(0L));

            // when
            LoadReport report = new SeedLoader(sandbox).load(unlinked.csvSources(), false);

            // then
            assertThat(unlinked.rows()).containsExactly(entry("band", 3L), entry("listing", 3L));
            assertThat(loaded(report)).isEqualTo(unlinked.rows());
            assertThat(Databases.query(sandbox, "SELECT id, title FROM listing ORDER BY id")).containsExactly(
                    List.of(1L, "Cut Copy t-shirt"), List.of(2L, "De La Soul tour poster"),
                    List.of(3L, "Foo Fighters single poster"));
        }
    }

    @Test
    void tutorialDatasetsAgreeOnTheirBandsAndListingTitles() {
        try (Sandbox linked = TestSandbox.migrated(); Sandbox unlinked = TestSandbox.migratedTo("0002")) {
            new SeedLoader(linked).load(BuiltInDatasets.find("tutorial").orElseThrow().csvSources(), false);
            new SeedLoader(unlinked).load(BuiltInDatasets.find("tutorial-unlinked").orElseThrow().csvSources(), false);

            assertThat(Databases.query(unlinked, "SELECT id, name FROM band ORDER BY id"))
                    .isEqualTo(Databases.query(linked, "SELECT id, name FROM band ORDER BY id"));
            assertThat(Databases.query(unlinked, "SELECT id, title FROM listing ORDER BY id"))
                    .isEqualTo(Databases.query(linked, "SELECT id, title FROM listing ORDER BY id"));
        }
    }

    @Test
    void largeDatasetAnnouncesTheRowsItsGeneratedFilesHold() throws IOException {
        Dataset large = BuiltInDatasets.find("large").orElseThrow();

        List<CsvSource> sources = large.csvSources();

        assertThat(large.rows()).containsExactly(entry("band", 2_000L), entry("listing", 100_000L));
        assertThat(sources.get(0).table()).contains("band");
        assertThat(sources.get(1).table()).contains("listing");
        assertThat(dataLines(sources.get(0))).isEqualTo(2_000);
        assertThat(dataLines(sources.get(1))).isEqualTo(100_000);
    }

    private static long dataLines(CsvSource source) throws IOException {
        try (InputStream in = source.opener().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
        }
    }
}
