package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCommandsTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void seedListShowsTheDatasetsWithTheirRows() {
        FklabRun.Result result = FklabRun.commands("seed list");

        assertThat(result.out()).contains("\n  tutorial           The bands and listings of the Band/Listing lesson",
                        "rows: band 3, listing 3, author 3, book 5")
                .contains("\n  tutorial-unlinked  ", "\n  large              ", "rows: band 2,000, listing 100,000")
                .doesNotContain("…");
    }

    @Test
    void filesLoadParentsFirstWhateverTheirOrderAndListingsNameTheirBand() throws Exception {
        Path listings = write("listings.csv", "title,band\nTour hoodie,Wilco\n\"Poster, signed\",Wilco\nSticker,\n");
        Path bands = write("bands.csv", "name\nWilco\n");

        FklabRun.Result result = FklabRun.commands("seed load " + listings + " " + bands, "band show Wilco",
                "listing list --orphans");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("band\\s+1 row from .*bands.csv")
                .containsPattern("listing\\s+3 rows from .*listings.csv")
                .contains("Loaded 4 rows", "band 4: Wilco", "Tour hoodie", "Poster, signed", "Sticker");
    }

    @Test
    void aMalformedFileIsRefusedWithEveryProblemsLineAndNothingChanges() throws Exception {
        Path bands = write("band.csv", "id,name\n10,Wilco\nx,Blur\n12,\n");

        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "seed load " + bands,
                "-c", "band list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Nothing was loaded; 2 problems:")
                .contains(bands + ":3: column id: 'x' is not a whole number such as 42")
                .contains(bands + ":4: column name: (empty) is empty, but band.name cannot be NULL.")
                .doesNotContain("\tat ");
        assertThat(result.out()).contains("3 bands").doesNotContain("Wilco");
    }

    @Test
    void replaceEmptiesTheTablesFirstInTheSameLoad() {
        FklabRun.Result result = FklabRun.commands("band add Extra", "seed load tutorial --replace", "band list");

        assertThat(result.out()).contains("Emptied book (5 rows), author (3 rows), listing (3 rows), band (4 rows) first")
                .contains("3 bands").doesNotContain("│ Extra");
    }

    @Test
    void loadingExplicitIdsOverExistingRowsExplainsReplace() {
        FklabRun.Result result = FklabRun.commands("seed load tutorial");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("tutorial/band.csv:2: the database refused this row:")
                .contains("--replace empties the tables first.");
    }

    @Test
    void dryRunChecksEverythingAndChangesNothing() {
        FklabRun.Result result = FklabRun.commands("seed load tutorial --replace --dry-run", "band list");

        assertThat(result.out()).contains("Would empty book (5 rows)", "Dry run: all 14 rows are valid and would load.")
                .contains("3 bands");
    }

    @Test
    void exportWritesAFileThatLoadsBackToTheSameRows() throws Exception {
        Path file = folder.resolve("listing-export.csv");

        FklabRun.Result result = FklabRun.commands("listing set-band 1 none", "seed export listing " + file,
                "sql DELETE FROM listing;", "seed load " + file + " --table listing", "listing list");

        assertThat(result.out()).contains("Wrote 3 rows of listing to " + file)
                .contains("│  1 │ Cut Copy t-shirt           │    NULL │ NULL         │")
                .contains("│  2 │ De La Soul tour poster     │       1 │ De La Soul   │");
        assertThat(Files.readString(file)).startsWith("\"id\",\"title\",\"band_id\"\n\"1\",\"Cut Copy t-shirt\",\n");
    }

    @Test
    void generateWritesOrLoadsTheSameRowsForTheSameSeed() throws Exception {
        Path out = folder.resolve("gen");

        FklabRun.Result written = FklabRun.commands("seed generate --bands 20 --listings 100 --out " + out);
        FklabRun.Result loaded = FklabRun.commands("seed generate --bands 20 --listings 100 --replace",
                "sql SELECT COUNT(*) AS n FROM listing;");

        assertThat(written.out()).contains("Wrote 20 bands and 100 listings");
        assertThat(Files.readAllLines(out.resolve("band.csv"))).hasSize(21);
        assertThat(Files.readAllLines(out.resolve("listing.csv"))).hasSize(101);
        assertThat(loaded.out()).contains("Loaded 120 rows", "│ 100 │");
    }

    @Test
    void unknownNamesAndMisusedOptionsAreExplained() throws Exception {
        Path one = write("a.csv", "name\nX\n");
        Path two = write("b.csv", "name\nY\n");

        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "seed load tutorail",
                "-c", "seed load " + one + " " + two + " --table band", "-c", "seed load " + folder,
                "-c", "seed export nope " + folder.resolve("x.csv"));

        assertThat(result.err()).contains("There is no file or built-in dataset named tutorail. 'seed list' shows")
                .contains("--table names the table of one file")
                .contains(folder + " is a folder. Name the CSV files in it")
                .contains("There is no table named nope.");
    }

    @Test
    void aLongLoadShowsProgressAtThePromptOnly() throws Exception {
        FklabRun.Result scripted = FklabRun.commands("seed generate --bands 1000 --listings 200000 --replace");
        assertThat(scripted.all()).doesNotContain("rows/s", "\r");

        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await("fklab> ").type("seed generate --bands 1000 --listings 200000 --replace\r")
                    .await("Loaded 201,000 rows");

            assertThat(shell.text()).contains("rows/s");
        }
    }
}
