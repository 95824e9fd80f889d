package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSVs as spreadsheets and people write them load to exactly the rows they hold. */
class WellFormedCsvLoadTest {

    @TempDir
    Path folder;

    private Sandbox sandbox;

    @BeforeEach
    void openSandbox() {
        sandbox = TestSandbox.migrated();
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private LoadReport load(Path... files) {
        return new SeedLoader(sandbox).load(Arrays.stream(files).map(f -> CsvSource.file(f, Optional.empty())).toList(),
                false);
    }

    private List<List<Object>> rows(String select) {
        return Databases.query(sandbox, select);
    }

    @Test
    void spreadsheetCsvWithBomCrlfSemicolonsQuotesAndTrailingEmptyLinesLoadsExactly() throws IOException {
        // given: what a spreadsheet in a comma-decimal locale saves as "CSV UTF-8"
        Path file = write("band.csv", "\uFEFFid;name\r\n"
                + "6;\"Crosby, Stills; Nash\"\r\n"
                + "7;\"The \"\"Quoted\"\" Band\"\r\n"
                + "8;\"Line one\r\nline two\"\r\n"
                + "9;Plain\r\n"
                + "\r\n\r\n");

        // when
        LoadReport report = load(file);

        // then
        assertThat(report.tables()).containsExactly(new LoadReport.TableCount(file.toString(), "band", 4));
        assertThat(report.dryRun()).isFalse();
        assertThat(rows("SELECT id, name FROM band ORDER BY id")).containsExactly(
                List.of(6L, "Crosby, Stills; Nash"),
                List.of(7L, "The \"Quoted\" Band"),
                List.of(8L, "Line one\r\nline two"),
                List.of(9L, "Plain"));
    }

    @Test
    void commaSeparatedLfFileWithQuotedFieldsAndTrailingEmptyLinesLoadsExactly() throws IOException {
        Path file = write("band.csv", "id,name\n"
                + "1,\"Earth, Wind & Fire\"\n"
                + "2,\"Semi;colon\"\n"
                + "3,\"Say \"\"hi\"\"\nand bye\"\n"
                + "4, Leading and trailing spaces \n"
                + "\n\n\n");

        LoadReport report = load(file);

        assertThat(report.totalRows()).isEqualTo(4);
        assertThat(rows("SELECT id, name FROM band ORDER BY id")).containsExactly(
                List.of(1L, "Earth, Wind & Fire"),
                List.of(2L, "Semi;colon"),
                List.of(3L, "Say \"hi\"\nand bye"),
                List.of(4L, " Leading and trailing spaces "));
    }

    @Test
    void headerNamesMatchColumnsRegardlessOfCase() throws IOException {
        Path file = write("band.csv", "ID,Name\n1,Muse\n");

        load(file);

        assertThat(rows("SELECT id, name FROM band")).containsExactly(List.of(1L, "Muse"));
    }

    @Test
    void pluralFileNameNamesTheSingularTable() throws IOException {
        Path bands = write("bands.csv", "name\nMuse\nBlur\n");
        Path listings = write("listings.csv", "title,band\nMuse poster,Muse\n");

        LoadReport report = load(listings, bands);

        assertThat(report.tables()).extracting(LoadReport.TableCount::table).containsExactly("band", "listing");
        assertThat(rows("SELECT l.title, b.name FROM listing l JOIN band b ON b.id = l.band_id"))
                .containsExactly(List.of("Muse poster", "Muse"));
    }

    @Test
    void tableOptionLoadsAFileWhoseNameIsNoTable() throws IOException {
        Path file = write("groups.csv", "id,name\n1,Muse\n2,Blur\n");

        LoadReport report = new SeedLoader(sandbox).load(List.of(CsvSource.file(file, Optional.of("band"))), false);

        assertThat(report.tables()).containsExactly(new LoadReport.TableCount(file.toString(), "band", 2));
        assertThat(rows("SELECT id, name FROM band ORDER BY id")).containsExactly(List.of(1L, "Muse"),
                List.of(2L, "Blur"));
    }

    @Test
    void foreignKeyByNameResolvesRowsAlreadyThereAndRowsLoadedInTheSameCommand() throws IOException {
        // given: De La Soul is already in the database, Muse comes in the same command
        Databases.sql(sandbox, "INSERT INTO band (name) VALUES ('De La Soul')");
        Path bands = write("band.csv", "name\nMuse\n");
        Path listings = write("listing.csv", "title,band\n"
                + "De La Soul tour poster,De La Soul\n"
                + "Muse t-shirt,Muse\n"
                + "Mystery mug,\n");

        // when
        load(listings, bands);

        // then
        assertThat(rows("SELECT id, name FROM band ORDER BY id")).containsExactly(List.of(1L, "De La Soul"),
                List.of(2L, "Muse"));
        assertThat(rows("SELECT title, band_id FROM listing ORDER BY id")).containsExactly(
                List.of("De La Soul tour poster", 1L),
                List.of("Muse t-shirt", 2L),
                Arrays.asList("Mystery mug", null));
    }

    @Test
    void foreignKeyByIdPointsAtThatRowAndAnEmptyCellIsNull() throws IOException {
        Databases.sql(sandbox, "INSERT INTO band (name) VALUES ('De La Soul'), ('Foo Fighters')");
        Path listings = write("listing.csv", "id,title,band_id\n10,Poster,2\n11,Mug,\n12,Shirt,1\n");

        load(listings);

        assertThat(rows("SELECT id, title, band_id FROM listing ORDER BY id")).containsExactly(
                List.of(10L, "Poster", 2L),
                Arrays.asList(11L, "Mug", null),
                List.of(12L, "Shirt", 1L));
    }

    @Test
    void bookNamesItsAuthorByName() throws IOException {
        Path authors = write("author.csv", "id,name\n1,Jane Austen\n2,Mary Shelley\n");
        Path books = write("book.csv", "title,author\nEmma,Jane Austen\nFrankenstein,Mary Shelley\n");

        LoadReport report = load(books, authors);

        assertThat(report.tables()).extracting(LoadReport.TableCount::table, LoadReport.TableCount::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("author", 2L),
                        org.assertj.core.groups.Tuple.tuple("book", 2L));
        assertThat(rows("SELECT b.title, a.name FROM book b JOIN author a ON a.id = b.author_id ORDER BY b.id"))
                .containsExactly(List.of("Emma", "Jane Austen"), List.of("Frankenstein", "Mary Shelley"));
    }

    @Test
    void nonAsciiNamesAreStoredExactly() throws IOException {
        Path file = write("band.csv", "name\nSigur Rós\n東京事変\nMötley Crüe 🤘\n");

        load(file);

        assertThat(rows("SELECT name FROM band ORDER BY id")).extracting(r -> r.get(0))
                .containsExactly("Sigur Rós", "東京事変", "Mötley Crüe 🤘");
    }

    @Test
    void quotedEmptyFieldIsAnEmptyTextWhileAnUnquotedOneIsNull() throws IOException {
        Databases.sql(sandbox, "CREATE TABLE note (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " body VARCHAR(20))");
        Path file = write("note.csv", "id,body\n1,\"\"\n2,\n3,\" \"\n");

        load(file);

        assertThat(rows("SELECT id, body FROM note ORDER BY id")).containsExactly(
                List.of(1L, ""),
                Arrays.asList(2L, null),
                List.of(3L, " "));
    }

    @Test
    void emptyTimestampCellTakesTheColumnDefault() throws IOException {
        Path file = write("author.csv", "name,created_at\nMary Shelley,\nLeo Tolstoy,2020-01-02 03:04:05.5\n");

        load(file);

        List<List<Object>> authors = rows("SELECT name, created_at FROM author ORDER BY id");
        assertThat(authors.get(0).get(1)).isNotNull();
        assertThat(authors.get(1).get(1)).hasToString("2020-01-02 03:04:05.5");
    }

    @Test
    void aFileWithOnlyItsHeaderLoadsNothingAndSucceeds() throws IOException {
        Path file = write("band.csv", "id,name\n");

        LoadReport report = load(file);

        assertThat(report.totalRows()).isZero();
        assertThat(Databases.count(sandbox, "band")).isZero();
    }
}
