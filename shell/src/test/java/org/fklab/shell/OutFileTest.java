package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** --out FILE: every row, in the format the file's name or --format says, and no half-written file. */
class OutFileTest {

    @TempDir
    Path folder;

    @Test
    void outWritesEveryRowInTheFormatTheExtensionNames() throws IOException {
        Path csv = folder.resolve("listings.csv");
        Path json = folder.resolve("listings.json");
        Path markdown = folder.resolve("listings.md");

        FklabRun.Result result = FklabRun.commands(RowLimitTest.TWO_THOUSAND_LISTINGS, "listing list --out " + csv,
                "listing list --out " + json, "listing list --out " + markdown);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Wrote 2,003 listings to " + csv + " (csv).")
                .contains("Wrote 2,003 listings to " + json + " (json).")
                .contains("Wrote 2,003 listings to " + markdown + " (markdown).")
                .doesNotContain("│ 1 │", "more listings");
        try (Reader reader = Files.newBufferedReader(csv)) {
            assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords()).hasSize(2003);
        }
        assertThat(JsonParser.parseString(Files.readString(json)).getAsJsonArray()).hasSize(2003);
        assertThat(Files.readAllLines(markdown)).hasSize(2005).startsWith("| id | title | band_id | band |");
    }

    @Test
    void withoutAKnownExtensionTheFileHoldsTheCurrentFormatBoxByDefault() throws IOException {
        Path box = folder.resolve("bands.txt");
        Path csv = folder.resolve("bands.out");

        FklabRun.Result result = FklabRun.commands("band list --out " + box, "format csv", "band list --out " + csv);

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(box)).contains("│  1 │ De La Soul   │", "3 bands").doesNotContain("\u001b[");
        assertThat(Files.readString(csv)).startsWith("\"id\",\"name\"\r\n1,\"De La Soul\"\r\n");
    }

    @Test
    void sqlWritesAQuerysRowsToTheFileNamedAfterTheSemicolon() throws IOException {
        Path json = folder.resolve("joined.json");

        FklabRun.Result result = FklabRun.commands("sql SELECT * FROM listing l JOIN band b ON b.id = l.band_id"
                + " ORDER BY l.id; --out " + json);

        assertThat(result.out()).contains("Wrote 3 rows to " + json + " (json).");
        assertThat(JsonParser.parseString(Files.readString(json)).getAsJsonArray().get(0).getAsJsonObject().keySet())
                .containsExactly("listing.id", "listing.title", "listing.band_id", "band.id", "band.name");
    }

    @Test
    void aMissingFolderOrAFolderInTheWayIsNamedWithTheFixAndNothingIsWritten() throws IOException {
        Path missing = folder.resolve("no-such-folder").resolve("bands.csv");
        Path onto = Files.createDirectory(folder.resolve("bands.json"));

        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "band list --out " + missing,
                "-c", "sql SELECT * FROM band; --out " + onto);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("Cannot write " + missing + ": the folder " + missing.getParent()
                        + " does not exist. Create it first, or name a file in a folder that exists.")
                .contains(onto + " is a folder. Name a file in it, e.g. sql ...; --out " + onto.resolve("rows.json"))
                .doesNotContain("Exception", "\tat ");
        assertThat(result.out()).doesNotContain("Wrote", "De La Soul");
        assertThat(missing.getParent()).doesNotExist();
        try (Stream<Path> files = Files.list(onto)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFormatThatDisagreesWithTheFileNameIsRefused() {
        Path csv = folder.resolve("bands.csv");

        FklabRun.Result result = FklabRun.run("--in-memory", "--format", "json", "-c", "band list --out " + csv);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--out " + csv + " names a csv file, but the format is json. Name the file"
                + " for json (.json), or choose --format csv.");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aCommandThatFailsLeavesAnOlderFileAsItWasAndNoPartialFile() throws IOException {
        Path csv = Files.writeString(folder.resolve("band.csv"), "mine");

        FklabRun.Result failed = FklabRun.commands("band show 99 --out " + csv);
        FklabRun.Result twoQueries = FklabRun.commands("sql SELECT * FROM band; SELECT * FROM listing; --out " + csv);

        assertThat(failed.err()).contains("There is no band with id 99.");
        assertThat(twoQueries.err()).contains("--out writes the rows of one query to one file, and this command has"
                + " more than one.");
        assertThat(Files.readString(csv)).isEqualTo("mine");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(csv);
        }
    }
}
