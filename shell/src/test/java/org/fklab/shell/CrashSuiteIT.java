package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * fklab killed with SIGKILL at chosen points inside a load, a migrate, a reset, a restore, an undo, the undo copy, a
 * lesson's start and a demo (the packaged jar stops at {@code -Dfklab.crash=POINT:N} and the test kills it there),
 * then started again: the workspace opens, says what it put right, holds the whole state from before the command (or,
 * for undo, after it), its records and schema agree, and undo still works.
 */
@Execution(ExecutionMode.CONCURRENT) // each scenario has its own folder and processes
class CrashSuiteIT {


    @TempDir
    Path folder;

    /** What a finished fklab printed and returned. */
    record Outcome(int exitCode, String out) {
    }

    private Path workspace() {
        return folder.resolve("ws");
    }

    private Outcome fklab(String... commands) throws Exception {
        List<String> args = new ArrayList<>(List.of("--workspace", workspace().toString(), "--keep-going"));
        for (String command : commands) {
            args.add("-c");
            args.add(command);
        }
        Process process = new ProcessBuilder(PackagedJar.command(List.of(), args)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), out);
    }

    /** Runs {@code command} until it reaches the crash point, and kills it there as kill -9 would. */
    private void killedAt(String point, String command) throws Exception {
        stoppedAt(point, command, false);
    }

    /**
     * Runs {@code command} until it reaches the crash point and stops it there: with SIGKILL, or with SIGINT as Ctrl-C
     * in a terminal would; what it printed.
     */
    private String stoppedAt(String point, String command, boolean interrupt) throws Exception {
        List<String> args = PackagedJar.command(List.of("-Dfklab.crash=" + point),
                List.of("--workspace", workspace().toString(), "-c", command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        process.getOutputStream().close();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> reached = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    seen.append(line).append('\n');
                    if (line.contains("fklab-crash-point ")) {
                        return seen.toString();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            throw new AssertionError("'" + command + "' never reached " + point + ":\n" + seen);
        });
        StringBuilder said = new StringBuilder();
        try {
            said.append(reached.get(120, TimeUnit.SECONDS));
            if (interrupt) {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                lines.lines().forEach(line -> said.append(line).append('\n'));
            }
        } finally {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, nothing tidied
            process.waitFor(30, TimeUnit.SECONDS);
            lines.close();
        }
        return said.toString();
    }

    private WorkspaceDump dump() {
        return WorkspaceDump.of(workspace());
    }

    private Path listings(int bands, int listings) throws Exception {
        Path out = folder.resolve("data");
        assertThat(fklab("seed generate --bands " + bands + " --listings " + listings + " --out " + out).exitCode())
                .isZero();
        return out;
    }

    @Test
    void aLoadKilledBetweenItsBatchesLeavesEveryRowOrNone() throws Exception {
        Path data = listings(500, 12_000);
        fklab("band add Kept");
        WorkspaceDump before = dump();

        killedAt("seed-batch:2", "seed load " + data.resolve("band.csv") + " " + data.resolve("listing.csv")
                + " --replace");
        Outcome reopened = fklab("band show Kept");

        assertThat(reopened.exitCode()).as(reopened.out()).isZero();
        assertThat(reopened.out()).contains("'seed load", "was interrupted", "back as it was before it");
        assertThat(dump().rows()).isEqualTo(before.rows());
        assertThat(leftovers()).isEmpty();
        assertThat(fklab("undo").out()).contains("Undid: band add Kept");
    }

    @Test
    void aLargeLoadKilledWhileHsqldbKeepsNoRedoLogLeavesEveryRowOrNoneAndTheLogOn() throws Exception {
        Path data = listings(1_000, 30_000); // over a megabyte: the load runs without HSQLDB's redo log
        String load = "seed load " + data.resolve("band.csv") + " " + data.resolve("listing.csv") + " --replace";
        String logOn = "sql SELECT property_value FROM information_schema.system_properties"
                + " WHERE property_name = 'hsqldb.log_data';";
        fklab("band add Kept");
        WorkspaceDump before = dump();

        killedAt("seed-batch:3", load);
        Outcome midLoad = fklab("band show Kept", logOn);
        WorkspaceDump afterMidLoad = dump();
        killedAt("seed-commit:1", load); // committed, not yet on disk
        Outcome committed = fklab("band show Kept", logOn);
        WorkspaceDump afterCommit = dump();
        Outcome loaded = fklab(load, logOn);

        assertThat(midLoad.out()).contains("was interrupted", "back as it was before it", "│ true ");
        assertThat(committed.out()).contains("was interrupted", "back as it was before it", "│ true ");
        assertThat(afterMidLoad.rows()).isEqualTo(before.rows());
        assertThat(afterCommit.rows()).isEqualTo(before.rows());
        assertThat(leftovers()).isEmpty();
        assertThat(loaded.out()).contains("31,000 rows", "│ true ");
    }

    @Test
    void aLoadStoppedWithCtrlCSaysWhatTheNextStartPutsRightAndTheNextStartDoes() throws Exception {
        Path data = listings(500, 12_000);
        fklab("band add Kept");
        WorkspaceDump before = dump();

        String said = stoppedAt("seed-batch:2", "seed load " + data.resolve("band.csv") + " "
                + data.resolve("listing.csv") + " --replace", true);
        Outcome reopened = fklab("band show Kept");

        assertThat(said).contains("fklab was stopped during 'seed load", "its next start puts the workspace back as it"
                + " was before it.");
        assertThat(reopened.out()).contains("was interrupted", "back as it was before it");
        assertThat(dump().rows()).isEqualTo(before.rows());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMigrateZeroKilledHalfwayLeavesTheMigrationsAndTheSchemaAgreeing() throws Exception {
        fklab("band add Kept");
        WorkspaceDump before = dump();

        killedAt("migration:2", "migrate zero --yes");
        Outcome reopened = fklab("showmigrations", "migrate zero --yes", "migrate", "band list");

        assertThat(reopened.out()).contains("'migrate zero --yes' was interrupted", "4 of 4 applied",
                "The database is at zero", "The database is at 0004_create_author_book").doesNotContain("error:");
        assertThat(dump().columns()).isEqualTo(before.columns());
    }

    @Test
    void aMigrateForwardKilledHalfwayGoesBackToWhereItStarted() throws Exception {
        fklab("migrate zero --yes");
        WorkspaceDump before = dump();

        killedAt("migration:2", "migrate");
        Outcome reopened = fklab("showmigrations");

        assertThat(reopened.out()).contains("'migrate' was interrupted", "0 of 4 applied");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aResetOrALessonsStartKilledHalfwayLeavesTheLearnersWork() throws Exception {
        fklab("band add Kept", "makemigration band_genre add-column band genre varchar(40)");
        WorkspaceDump before = dump();

        killedAt("seed-batch:1", "reset --yes");
        Outcome afterReset = fklab("band show Kept");
        killedAt("seed-batch:1", "tutorial start 4 --yes");
        Outcome afterStart = fklab("band show Kept");

        assertThat(afterReset.out()).contains("'reset --yes' was interrupted", "band 4: Kept");
        assertThat(afterStart.out()).contains("'tutorial start 4 --yes' was interrupted", "band 4: Kept");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aRestoreKilledWhileItPutsTheFilesBackLeavesTheWholeBeforeState() throws Exception {
        fklab("snapshot start", "band add Later", "makemigration band_genre add-column band genre varchar(40)",
                "migrate");
        WorkspaceDump before = dump();

        killedAt("swap:1", "restore start");
        Outcome afterSwap = fklab("band list");
        killedAt("restore:1", "restore start");
        Outcome afterFiles = fklab("showmigrations");

        assertThat(afterSwap.exitCode()).as(afterSwap.out()).isZero();
        assertThat(afterSwap.out()).contains("'restore start' was interrupted", "Later");
        assertThat(afterFiles.out()).contains("'restore start' was interrupted", "0005_band_genre");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void anUndoKilledHalfwayIsFinishedAtTheNextStart() throws Exception {
        fklab("band add Kept");
        WorkspaceDump kept = dump();
        fklab("makemigration band_genre add-column band genre varchar(40)", "migrate");

        killedAt("restore:1", "undo");
        Outcome reopened = fklab("showmigrations", "undo");

        assertThat(reopened.out()).contains("'undo' was interrupted", "fklab finished it", "Undid: makemigration");
        assertThat(dump()).isEqualTo(kept);
    }

    @Test
    void aKillWhileTheUndoCopyIsWrittenLeavesNoHalfCopyAndUndoReachesTheLastGoodStep() throws Exception {
        fklab("band add First");
        WorkspaceDump first = dump();
        fklab("band add Second");

        killedAt("copy:1", "band add Third");
        Outcome reopened = fklab("undo", "band list");

        assertThat(reopened.out()).contains("Undid: band add Second").doesNotContain("damaged", "Third");
        assertThat(dump()).isEqualTo(first);
        try (Stream<Path> copies = Files.list(workspace().resolve("snapshots/.undo"))) {
            assertThat(copies.map(p -> p.getFileName().toString())).allMatch(name -> name.matches("\\d{6}"));
        }
    }

    @Test
    void aDemoKilledBetweenItsCommandsGoesBackToBeforeTheDemo() throws Exception {
        fklab("band list");
        WorkspaceDump before = dump();

        killedAt("command:3", "demo run on-delete-rules --auto 0");
        Outcome reopened = fklab("band list");

        assertThat(reopened.out()).contains("'demo run on-delete-rules --auto 0' was interrupted", "De La Soul");
        assertThat(dump()).isEqualTo(before);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("ws"))) {
            return files.filter(f -> f.getFileName().toString().contains("savepoint")
                    || f.getFileName().toString().endsWith(".incoming")
                    || f.getFileName().toString().endsWith(".previous")).toList();
        }
    }
}
