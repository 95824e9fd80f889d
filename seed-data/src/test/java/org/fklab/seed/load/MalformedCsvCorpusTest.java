package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.sandbox.IdentityCounters;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.fklab.seed.SeedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed CSV of the corpus is refused with its file:line, column and value, and leaves the database
 * exactly as it was: in memory (one transaction) and on disk (batches committed after a savepoint).
 * A corpus file named {@code TABLE--what-is-wrong.csv} is loaded with --table TABLE; any other file takes its
 * table from its name.
 */
class MalformedCsvCorpusTest {

    static final String CORPUS = "org/fklab/seed/corpus";

    /**
     * One malformed file (given first, then its well-formed {@code companions}), the line its problem is
     * reported on (0: the file as a whole) and what the problem's sentence must say.
     */
    record Case(String file, List<String> companions, int line, List<String> fragments) {

        @Override
        public String toString() {
            return file + (companions.isEmpty() ? "" : " with " + companions) + " -> line " + line;
        }
    }

    private static Case refused(String file, int line, String... fragments) {
        return new Case(file, List.of(), line, List.of(fragments));
    }

    static Stream<Case> corpus() {
        String tooLong = "A".repeat(37) + "...";
        return Stream.of(
                // the header row
                refused("band--empty.csv", 1, "empty", "must name the columns"),
                refused("band--only-blank-lines.csv", 1, "empty", "must name the columns"),
                refused("band--no-header.csv", 1, "column '6' is not a column of band", "Its columns are: id, name"),
                refused("band--unknown-column.csv", 1, "column 'genre' is not a column of band",
                        "Its columns are: id, name"),
                refused("listing--unknown-column.csv", 1, "column 'band_name' is not a column of listing",
                        "Its columns are: id, title, band_id"),
                refused("band--duplicate-column.csv", 1, "column 'NAME'", "already fills"),
                refused("band--missing-not-null-column.csv", 1, "band.name", "NOT NULL"),
                refused("book--missing-author-column.csv", 1, "book.author_id", "NOT NULL", "'author'"),
                refused("band--nameless-column.csv", 1, "a column has no name in the header row"),
                refused("band--unknown-column-after-blank-lines.csv", 3, "column 'genre' is not a column of band"),
                // the shape of a record
                refused("band--too-few-values.csv", 3, "has 1 value", "names 2 columns"),
                refused("band--too-many-values.csv", 2, "has 3 values", "names 2 columns"),
                refused("band--unclosed-quote.csv", 3, "never closed"),
                refused("band--text-after-quote.csv", 3, "followed by text"),
                refused("band--unclosed-quote-after-blank-lines.csv", 5, "never closed"),
                refused("band--text-after-quote-after-blank-lines.csv", 5, "followed by text"),
                refused("band--unclosed-quote-after-multiline.csv", 4, "never closed"),
                // types, checked before the database sees them
                refused("band--id-not-a-number.csv", 3, "column id", "'seven'", "whole number"),
                refused("listing--band-id-not-a-number.csv", 2, "column band_id", "'two'", "whole number"),
                refused("listing--band-id-not-whole.csv", 3, "column band_id", "'1.5'", "whole number"),
                refused("ticket--id-too-big.csv", 2, "column id", "'99999999999999999999'"),
                refused("ticket--price-not-a-decimal.csv", 3, "column price", "'12.5O'", "number"),
                refused("ticket--price-too-many-digits.csv", 2, "column price", "'123456.78'",
                        "6 digits before the decimal point", "at most 4"),
                refused("ticket--price-too-many-decimals.csv", 3, "column price", "'9.999'",
                        "3 digits after the decimal point", "Round it to 2"),
                refused("ticket--seats-too-big.csv", 3, "column seats", "'40000'", "too big", "SMALLINT"),
                refused("ticket--sold-not-a-boolean.csv", 2, "column sold", "'maybe'", "true or false"),
                refused("ticket--starts-impossible-month.csv", 2, "column starts", "'2024-13-01 20:00'",
                        "date and time"),
                refused("ticket--starts-february-30.csv", 3, "column starts", "'2024-02-30 20:00'", "date and time"),
                refused("ticket--starts-day-first.csv", 3, "column starts", "'01/05/2024 20:00'", "date and time"),
                refused("ticket--doors-offset-malformed.csv", 3, "column doors", "'2024-05-01 19:00 CEST'",
                        "date and time"),
                refused("author--created-at-malformed.csv", 2, "column created_at", "'yesterday'", "date and time"),
                refused("band--name-too-long.csv", 3, "column name", "'" + tooLong + "'", "101 characters",
                        "at most 100"),
                refused("band--multiline-name-too-long.csv", 3, "column name", "'" + "B".repeat(37) + "...'",
                        "122 characters", "at most 100"),
                // empty cells
                refused("band--empty-name.csv", 3, "column name", "(empty)", "band.name cannot be NULL"),
                refused("band--empty-id.csv", 3, "column id", "(empty)", "every row needs an id"),
                refused("book--empty-author.csv", 3, "column author", "(empty)", "book.author_id cannot be NULL"),
                refused("book--empty-author-id.csv", 2, "column author_id", "(empty)",
                        "book.author_id cannot be NULL"),
                // foreign keys
                refused("listing--band-id-nowhere.csv", 2, "column band_id", "'99'", "not the id of any band"),
                refused("listing--band-name-nowhere.csv", 3, "column band", "'Nirvana'", "names no band"),
                refused("listing--band-name-ambiguous.csv", 2, "column band", "'Twin'", "ids 4, 5"),
                refused("book--author-name-nowhere.csv", 2, "column author", "'Leo Tolstoy'", "names no author"),
                new Case("listing--child-of-new-parents.csv", List.of("band--parents-ok.csv"), 3, List.of(
                        "column band", "'Blurr'", "names no band")),
                // ids the database refuses: the line of the row it refused
                refused("band--duplicate-id.csv", 4, "column id", "'6'", "unique", "line 2 of this file"),
                refused("band--id-collides.csv", 3, "column id", "'3'", "unique"),
                // physical line numbers
                refused("band--problem-after-multiline.csv", 5, "column name", "(empty)"),
                refused("band--problem-after-blank-lines.csv", 6, "column name", "(empty)"),
                refused("band--crlf-problem.csv", 3, "column id", "'x7'"),
                refused("band--crlf-multiline-problem.csv", 7, "column name", "(empty)"),
                refused("band--bom-problem.csv", 3, "column id", "'x'"),
                refused("band--semicolon-problem.csv", 3, "column name", "(empty)"),
                refused("band--latin1.csv", 2, "not UTF-8"),
                refused("band--latin1-later.csv", 4, "not UTF-8"),
                refused("band--latin1-header.csv", 1, "not UTF-8"),
                refused("band--latin1-in-multiline.csv", 3, "not UTF-8"),
                refused("band--three-problems.csv", 3, "column id", "'seven'"),
                refused("band--too-many-problems.csv", 2, "column id", "'x1'"),
                // the table
                refused("bandz.csv", 0, "There is no table named bandz", "band"));
    }

    /** An on-disk database with the baseline rows, closed, to be copied for each case. */
    private static Path template;

    /**
     * The in-memory database with the baseline rows that every case loads into: a refused load rolls back, and
     * each case compares the rows before and after its own load.
     */
    private static Sandbox inMemory;

    @BeforeAll
    static void makeDatabases(@TempDir Path folder) {
        template = folder.resolve("template");
        try (Sandbox sandbox = Databases.onDisk(template)) {
            Databases.addBaseline(sandbox);
        }
        inMemory = TestSandbox.migrated();
        Databases.addBaseline(inMemory);
    }

    @AfterAll
    static void closeInMemory() {
        inMemory.close();
    }

    static Path corpusFile(String name) {
        try {
            return Path.of(MalformedCsvCorpusTest.class.getClassLoader().getResource(CORPUS + "/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no corpus file " + name, e);
        }
    }

    /** The source for a corpus file: {@code TABLE--...csv} with --table TABLE, other files by their name. */
    static CsvSource source(String name) {
        int dashes = name.indexOf("--");
        return CsvSource.file(corpusFile(name), dashes < 0 ? Optional.empty() : Optional.of(name.substring(0, dashes)));
    }

    static String location(Case c) {
        String file = corpusFile(c.file()).toString();
        return c.line() == 0 ? file + ": " : file + ":" + c.line() + ": ";
    }

    private static SeedException refusedLoad(Sandbox sandbox, Case c) {
        List<CsvSource> sources = new ArrayList<>();
        c.companions().forEach(name -> sources.add(source(name)));
        sources.add(0, source(c.file())); // the child first: the loader puts parents first itself
        return catchThrowableOfType(SeedException.class, () -> new SeedLoader(sandbox).load(sources, false));
    }

    private static void assertRefused(SeedException refusal, Case c) {
        assertThat(refusal).as("the load of %s must be refused", c.file()).isNotNull();
    }

    private static void assertProblemAtItsLine(SeedException refusal, Case c) {
        List<String> lines = Arrays.stream(refusal.getMessage().split("\\R")).map(String::strip).toList();
        String location = location(c);
        assertThat(lines).as("a problem at %s", location)
                .anySatisfy(line -> assertThat(line).startsWith(location).contains(c.fragments()));
    }

    /** The value each table's identity column gives its next row, read without inserting one. */
    private static Map<String, Long> nextIds(Sandbox sandbox) {
        try (SqlSession session = sandbox.sessions().openSession()) {
            return IdentityCounters.read(session, List.of("BAND", "LISTING", "AUTHOR", "BOOK", "TICKET")).values();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void inMemoryLoadOfAMalformedFileIsRefusedAtItsLineAndChangesNoRow(Case c) {
        // given
        var before = Databases.rows(inMemory);
        assertThat(before.get("band")).hasSize(5);
        Map<String, Long> idsBefore = nextIds(inMemory);
        assertThat(idsBefore).containsEntry("BAND", 6L).hasSize(5);

        // when
        SeedException refusal = refusedLoad(inMemory, c);

        // then
        assertRefused(refusal, c);
        assertThat(Databases.rows(inMemory)).isEqualTo(before);
        assertThat(nextIds(inMemory)).isEqualTo(idsBefore);
        assertProblemAtItsLine(refusal, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void onDiskLoadOfAMalformedFileIsRefusedAtItsLineAndLeavesRowsAndIdsAsTheyWere(Case c, @TempDir Path folder) {
        try (Sandbox sandbox = Sandbox.openFile(Databases.copyDatabase(template, folder.resolve("db")))) {
            // given
            var before = Databases.rows(sandbox);
            assertThat(before.get("band")).hasSize(5);

            // when
            SeedException refusal = refusedLoad(sandbox, c);

            // then
            assertRefused(refusal, c);
            assertThat(Databases.rows(sandbox)).isEqualTo(before);
            assertThat(Databases.nextIds(sandbox)).isEqualTo(Databases.BASELINE_NEXT_IDS);
            assertProblemAtItsLine(refusal, c);
        }
    }

    @Test
    void everyFileOfTheCorpusHasACase() throws IOException {
        List<String> named = new ArrayList<>();
        corpus().forEach(c -> {
            named.add(c.file());
            named.addAll(c.companions());
        });
        try (Stream<Path> files = Files.list(corpusFile("bandz.csv").getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .hasSizeGreaterThanOrEqualTo(30)
                    .containsExactlyInAnyOrderElementsOf(named);
        }
    }

    @Test
    void allProblemsAreReportedNotOnlyTheFirst() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Databases.addBaseline(sandbox);
            String file = corpusFile("band--three-problems.csv").toString();

            SeedException refusal = refusedLoad(sandbox, refused("band--three-problems.csv", 3));

            assertThat(refusal.getMessage()).startsWith("Nothing was loaded; 3 problems:");
            assertThat(refusal.problems()).satisfiesExactly(
                    p -> assertThat(p).startsWith(file + ":3: column id: 'seven'"),
                    p -> assertThat(p).startsWith(file + ":5: column name: (empty)"),
                    p -> assertThat(p).startsWith(file + ":6: column name: '" + "Z".repeat(37) + "...'"));
        }
    }

    @Test
    void moreThanFiftyProblemsReportExactlyFiftyAndSayReadingStopped() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Databases.addBaseline(sandbox);
            String file = corpusFile("band--too-many-problems.csv").toString();

            SeedException refusal = refusedLoad(sandbox, refused("band--too-many-problems.csv", 2));

            assertThat(refusal.problems()).hasSize(50);
            assertThat(refusal.problems().get(0)).startsWith(file + ":2: column id: 'x1' ");
            assertThat(refusal.problems().get(49)).startsWith(file + ":51: column id: 'x50' ");
            assertThat(refusal.getMessage()).startsWith("Nothing was loaded; 50 problems (reading stopped after 50):");
        }
    }

    @Test
    void aFileNamingNoTableListsTheTablesThereAre() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Databases.addBaseline(sandbox);

            SeedException refusal = refusedLoad(sandbox, refused("bandz.csv", 0));

            assertThat(refusal.getMessage()).contains("author, band, book, listing, ticket")
                    .contains("--table");
        }
    }
}
