package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.fklab.seed.SeedException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** --dry-run checks everything and changes nothing; --replace empties the targets inside the same load. */
class DryRunAndReplaceTest {

    private static final SeedLoader.Options DRY_RUN = new SeedLoader.Options(true, false, LoadProgress.NONE);
    private static final SeedLoader.Options REPLACE = new SeedLoader.Options(false, true, LoadProgress.NONE);

    /** Three bands, two listings pointing at them, one author with two books. */
    private static final String ORIGINAL = "INSERT INTO band (name) VALUES ('De La Soul'), ('Foo Fighters'), ('Cut Copy');"
            + "INSERT INTO listing (title, band_id) VALUES ('Cut Copy t-shirt', 3), ('De La Soul tour poster', 1);"
            + "INSERT INTO author (name) VALUES ('Jane Austen');"
            + "INSERT INTO book (title, author_id) VALUES ('Emma', 1), ('Persuasion', 1)";

    @TempDir
    Path folder;

    private CsvSource csv(String name, String text) throws IOException {
        return CsvSource.file(Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8), Optional.empty());
    }

    private Sandbox open(Databases.Kind kind) {
        Sandbox sandbox = kind.open(folder.resolve("db"));
        Databases.sql(sandbox, ORIGINAL);
        return sandbox;
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void dryRunReportsWhatWouldBeInsertedAndChangesNothing(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = open(kind)) {
            // given
            var before = Databases.rows(sandbox);
            CsvSource listings = csv("listing.csv", "id,title,band\n10,Muse poster,Muse\n11,Blur mug,Blur\n");
            CsvSource bands = csv("band.csv", "id,name\n10,Muse\n11,Blur\n12,Pulp\n");

            // when
            LoadReport report = new SeedLoader(sandbox).load(List.of(listings, bands), DRY_RUN);

            // then
            assertThat(report.dryRun()).isTrue();
            assertThat(report.tables()).extracting(LoadReport.TableCount::table, LoadReport.TableCount::rows)
                    .containsExactly(tuple("band", 3L), tuple("listing", 2L));
            assertThat(report.totalRows()).isEqualTo(5);
            assertThat(Databases.rows(sandbox)).isEqualTo(before);
            assertThat(Databases.nextIds(sandbox)).isEqualTo(Map.of("band", 4L, "listing", 3L, "author", 2L,
                    "book", 3L));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void dryRunFindsTheSameProblemsAsALoad(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = open(kind)) {
            var before = Databases.rows(sandbox);
            CsvSource bands = csv("band.csv", "id,name\n10,Muse\nx,Blur\n");

            SeedException refusal = catchThrowableOfType(SeedException.class,
                    () -> new SeedLoader(sandbox).load(List.of(bands), DRY_RUN));

            assertThat(refusal).isNotNull();
            assertThat(refusal.problems()).containsExactly(bands.name() + ":3: column id: 'x' is not a whole number"
                    + " such as 42");
            assertThat(Databases.rows(sandbox)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void replaceEmptiesChildrenThenParentsAndLeavesOnlyTheFilesRows(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = open(kind)) {
            // given: ids the original rows already use
            var booksBefore = Databases.rows(sandbox, List.of("author", "book"));
            CsvSource bands = csv("band.csv", "id,name\n1,Muse\n2,Blur\n");
            CsvSource listings = csv("listing.csv", "id,title,band\n1,Muse poster,Muse\n2,Mystery mug,\n");

            // when
            LoadReport report = new SeedLoader(sandbox).load(List.of(bands, listings), REPLACE);

            // then
            assertThat(report.emptied()).containsExactly(entry("listing", 2L), entry("band", 3L));
            assertThat(report.tables()).extracting(LoadReport.TableCount::table, LoadReport.TableCount::rows)
                    .containsExactly(tuple("band", 2L), tuple("listing", 2L));
            assertThat(Databases.query(sandbox, "SELECT id, name FROM band ORDER BY id"))
                    .containsExactly(List.of(1L, "Muse"), List.of(2L, "Blur"));
            assertThat(Databases.query(sandbox, "SELECT id, title, band_id FROM listing ORDER BY id"))
                    .containsExactly(List.of(1L, "Muse poster", 1L), Arrays.asList(2L, "Mystery mug", null));
            assertThat(Databases.rows(sandbox, List.of("author", "book"))).as("tables not loaded are kept")
                    .isEqualTo(booksBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void replaceCountsTheChildRowsBeforeItsParentsCascadeThemAway(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = open(kind)) {
            // given: book -> author is ON DELETE CASCADE, so emptying author first would take the books with it
            CsvSource authors = csv("author.csv", "id,name\n1,Mary Shelley\n");
            CsvSource books = csv("book.csv", "id,title,author_id\n1,Frankenstein,1\n");

            // when
            LoadReport report = new SeedLoader(sandbox).load(List.of(authors, books), REPLACE);

            // then
            assertThat(report.emptied()).containsExactly(entry("book", 2L), entry("author", 1L));
            assertThat(Databases.query(sandbox, "SELECT b.id, b.title, a.name FROM book b JOIN author a"
                    + " ON a.id = b.author_id")).containsExactly(List.of(1L, "Frankenstein", "Mary Shelley"));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void refusedReplaceLeavesTheOriginalRows(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = open(kind)) {
            // given: the bands are fine, the listings' third line names no band
            var before = Databases.rows(sandbox);
            CsvSource bands = csv("band.csv", "id,name\n1,Muse\n2,Blur\n");
            CsvSource listings = csv("listing.csv", "id,title,band\n1,Muse poster,Muse\n2,Oasis mug,Oasis\n");

            // when
            SeedException refusal = catchThrowableOfType(SeedException.class,
                    () -> new SeedLoader(sandbox).load(List.of(listings, bands), REPLACE));

            // then
            assertThat(refusal).isNotNull();
            assertThat(refusal.problems()).singleElement().asString()
                    .startsWith(listings.name() + ":3: column band: 'Oasis' names no band");
            assertThat(Databases.rows(sandbox)).isEqualTo(before);
            assertThat(Databases.nextIds(sandbox)).isEqualTo(Map.of("band", 4L, "listing", 3L, "author", 2L,
                    "book", 3L));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void dryRunOfAReplaceReportsTheEmptiedTablesAndKeepsThem(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = open(kind)) {
            var before = Databases.rows(sandbox);
            CsvSource bands = csv("band.csv", "id,name\n1,Muse\n");

            LoadReport report = new SeedLoader(sandbox).load(List.of(bands),
                    new SeedLoader.Options(true, true, LoadProgress.NONE));

            assertThat(report.dryRun()).isTrue();
            assertThat(report.emptied()).containsExactly(entry("band", 3L));
            assertThat(report.totalRows()).isEqualTo(1);
            assertThat(Databases.rows(sandbox)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void replaceOfAParentThatATableOutsideTheLoadStillPointsAtIsRefusedInPlainWords(Databases.Kind kind)
            throws IOException {
        try (Sandbox sandbox = open(kind)) {
            // given: a learner's gig table points at band 1 and does not let it go (ON DELETE RESTRICT)
            Databases.sql(sandbox, "CREATE TABLE gig (id BIGINT PRIMARY KEY, band_id BIGINT NOT NULL,"
                    + " CONSTRAINT fk_gig_band FOREIGN KEY (band_id) REFERENCES band (id) ON DELETE RESTRICT)");
            Databases.sql(sandbox, "INSERT INTO gig VALUES (1, 1)");
            var before = Databases.rows(sandbox);
            CsvSource bands = csv("band.csv", "id,name\n1,Muse\n");

            // when
            Throwable refusal = catchThrowable(() -> new SeedLoader(sandbox).load(List.of(bands), REPLACE));

            // then
            assertThat(Databases.rows(sandbox)).isEqualTo(before);
            assertThat(refusal).isInstanceOf(SeedException.class)
                    .hasMessageStartingWith("Nothing was loaded: --replace cannot empty band")
                    .hasMessageContaining("rows of gig still point at")
                    .hasMessageContaining("fk_gig_band")
                    .hasMessageNotContaining("integrity constraint")
                    .hasMessageNotContaining("###");
        }
    }
}
