package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad day's inputs: absurd lines, bytes that are not UTF-8, impossible file names, a counter run out, files gone
 * from the workspace, a folder in the way of the undo copy. Each gets one message in plain words, changes nothing it
 * should not, and leaves fklab answering the next command.
 */
class DamageProofTest {

    private static final String COUNT = "sql SELECT COUNT(*) AS bands FROM band;";

    @TempDir
    Path folder;

    @Test
    void thousandsOfBackslashesAreRefusedInWordsAndTheNextCommandRuns() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "band show " + "\\".repeat(90_000),
                "-c", "band show 1");

        // read in one pass like any line: 90,000 backslashes are 45,000 escaped ones
        assertThat(result.err()).contains("error: There is no band named '" + "\\".repeat(100))
                .doesNotContain("StackOverflow", "\tat ");
        assertThat(result.out()).contains("De La Soul");
    }

    @Test
    void aLineOfManyWordsOrOfTooManyCharactersIsRefusedAtOnce() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "band add" + " x".repeat(30_000),
                "-c", "band add" + " x".repeat(125_000), "-c", COUNT);

        assertThat(result.err()).contains("error: This command has 30,002 words; no fklab command takes more than a few.",
                "error: This line is 250,008 characters long; fklab reads at most 100,000 in one command.");
        assertThat(result.out()).contains("│     3 │");
    }

    @Test
    void aScriptWithAByteThatIsNotUtf8IsNamedByLineAndByteAndNothingOfItRuns() throws Exception {
        Path script = folder.resolve("class.fk");
        byte[] latin1 = "band add Kraftwerk\nband add Bj\u00f6rk\nband add Can\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(script, latin1);

        FklabRun.Result result = FklabRun.run("--workspace", folder.resolve("ws").toString(), "--script",
                script.toString());
        FklabRun.Result after = FklabRun.inWorkspace(folder.resolve("ws"), COUNT);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains(script + ":2: byte 0xF6 is not UTF-8 text", "Nothing was run");
        assertThat(after.out()).contains("│     3 │");
    }

    @Test
    void aLineOnStandardInputThatIsNotUtf8IsRefusedAndTheLinesAroundItRun() {
        byte[] input = "band add Kraftwerk\nband add Bj\u00f6rk\nband add Can\n".getBytes(StandardCharsets.ISO_8859_1);

        FklabRun.Result result = FklabRun.withInput(new String(input, StandardCharsets.UTF_8), Map.of(),
                "--in-memory", "--keep-going");

        assertThat(result.err()).contains("stdin:2: error: This line holds bytes that are not UTF-8 text");
        assertThat(result.out()).contains("Added band 4: Kraftwerk", "Added band 5: Can");
    }

    @Test
    void aFileNameWithANulCharacterIsRefusedInWords() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "seed load a\0b.csv",
                "-c", "band list --out a\0b.txt", "-c", "source q\0.fk");

        assertThat(result.err()).contains("the path holds a character no file name may have")
                .contains("'a b.txt' cannot be a file name").doesNotContain("java.", "Exception");
    }

    @Test
    void absurdSizesForSeedGenerateGetALimit() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c",
                "seed generate --bands 10 --listings 2000000000 --out " + folder.resolve("big"));

        assertThat(result.err()).contains("That is more than fklab generates: at most 1,000,000 bands and 10,000,000"
                + " listings");
        assertThat(folder.resolve("big")).doesNotExist();
    }

    @Test
    void anIdSetToTheLargestBigintLeavesNoNewIdAndAddingSaysSoInsteadOfGoingNegative() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going",
                "-c", "sql INSERT INTO band (id, name) VALUES (9223372036854775807, 'Max');",
                "-c", "band add Next", "-c", "sql SELECT MIN(id) AS lowest, COUNT(*) AS bands FROM band;");

        assertThat(result.err()).contains("error: No new id is left for a band: the ids of band have reached"
                + " 9223372036854775807", "sql ALTER TABLE band ALTER COLUMN id RESTART WITH N;");
        assertThat(result.out()).doesNotContain("Added band").contains("│      1 │     4 │");
    }

    @Test
    void databaseFilesDeletedFromAWorkspaceAreNamedAndUndoBringsTheDataBack() throws Exception {
        Path workspace = folder.resolve("ws");
        FklabRun.inWorkspace(workspace, "band add Kraftwerk", "band add Can");
        try (var files = Files.list(workspace.resolve("db"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        FklabRun.Result reopened = FklabRun.inWorkspace(workspace, COUNT, "undo", COUNT);

        assertThat(reopened.out()).contains("note: The database files in " + workspace.resolve("db")
                + " were gone (deleted or moved), so fklab made a new database with the tutorial data.")
                .contains("│     3 │", "Undid: band add Can", "│     4 │");
    }

    @Test
    void aFileWhereTheUndoCopiesGoIsNamedAndTheCommandDoesNotRun() throws Exception {
        Path workspace = folder.resolve("ws");
        FklabRun.inWorkspace(workspace, COUNT);
        Path snapshots = workspace.resolve("snapshots");
        fileInTheWayOf(snapshots);

        FklabRun.Result result = FklabRun.run("--workspace", workspace.toString(), "--keep-going",
                "-c", "band add Kraftwerk", "-c", COUNT);

        assertThat(result.err()).contains("No undo step could be kept for this command: Cannot save the snapshot",
                "a file is in the way at " + snapshots + ", where a folder should be. Move it aside. The command did"
                        + " not run");
        assertThat(result.out()).contains("│     3 │");
    }

    @Test
    void atThePromptAFileInTheWayOfTheUndoCopyAsksWhetherToGoOnWithoutIt() throws Exception {
        Path workspace = folder.resolve("ws");
        FklabRun.inWorkspace(workspace, COUNT);
        fileInTheWayOf(workspace.resolve("snapshots"));

        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--workspace", workspace.toString())) {
            shell.await("fklab>").type("band add Kraftwerk\r").await("without an undo step?").type("y\r")
                    .await("Added band 4: Kraftwerk").type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
    }

    @Test
    void aLessonFileThatIsNotUtf8IsNamed() throws Exception {
        Path workspace = folder.resolve("ws");
        Files.createDirectories(workspace.resolve("lessons"));
        Path lesson = workspace.resolve("lessons").resolve("10-caf\u00e9.yaml");
        Files.write(lesson, "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        FklabRun.Result result = FklabRun.inWorkspace(workspace, "tutorial");

        assertThat(result.err()).contains(lesson + ": this lesson is not UTF-8 text. Save it as UTF-8.")
                .doesNotContain("Exception");
    }

    @Test
    void aQueryWhoseResultWouldFillTheMemoryStopsAtTheBoundAndSaysWhy() {
        FklabRun.Result result = FklabRun.commands("sql SELECT a.x, b.y FROM UNNEST(SEQUENCE_ARRAY(1, 1001, 1)) a(x),"
                + " UNNEST(SEQUENCE_ARRAY(1, 1001, 1)) b(y);", COUNT);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("The result stopped at 1,000,000 rows, the most one query may return here",
                "Add a WHERE or a LIMIT", "│     3 │");
    }

    /** Puts a file where the folder is (or would be). */
    private static void fileInTheWayOf(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var tree = Files.walk(folder)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.writeString(folder, "not a folder");
    }
}
