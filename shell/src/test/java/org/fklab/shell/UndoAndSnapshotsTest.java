package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Undo, snapshots and reset on a workspace on disk: after each, every row of every table, every column and the
 * learner's migration files are compared with what they were, read from the database files themselves.
 */
class UndoAndSnapshotsTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void createTheWorkspace() {
        assertThat(run("tables").exitCode()).isZero();
    }

    private FklabRun.Result run(String... commands) {
        List<String> args = new ArrayList<>(List.of("--workspace", workspace.toString()));
        for (String command : commands) {
            args.add("-c");
            args.add(command);
        }
        return FklabRun.run(args.toArray(new String[0]));
    }

    private WorkspaceDump dump() {
        return WorkspaceDump.of(workspace);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "band delete 1",
            "author delete 1",
            "band rename 1 \"Renamed\"",
            "listing set-band 3 1",
            "book add \"A new book\" --author 1",
            "sql UPDATE listing SET title = 'x'; DELETE FROM book;",
            "sql CREATE TABLE scratch (id INT PRIMARY KEY);",
            "migrate 0002 --yes",
            "makemigration band_genre add-column band genre VARCHAR(40) --null",
            "seed load tutorial-unlinked --replace",
            "reset --yes"})
    void undoBringsBackEveryRowColumnAndMigrationAsTheyWereBeforeTheCommand(String command) {
        run("band add \"Before\"", "makemigration band_country add-column band country VARCHAR(40) --null",
                "migrate");
        WorkspaceDump before = dump();

        FklabRun.Result changed = run(command);
        WorkspaceDump after = dump();
        FklabRun.Result undone = run("undo");

        assertThat(changed.exitCode()).as(changed.all()).isZero();
        assertThat(after).as("the command changed something").isNotEqualTo(before);
        assertThat(undone.exitCode()).as(undone.all()).isZero();
        assertThat(undone.out()).contains("Undid: " + command);
        WorkspaceDump restored = dump();
        assertThat(restored.rows()).isEqualTo(before.rows());
        assertThat(restored.columns()).isEqualTo(before.columns());
        assertThat(restored.migrations()).isEqualTo(before.migrations());
    }

    @Test
    void undoGoesBackFiveCommandsOneAtATimeAndThenSaysThereIsNothingLeft() {
        List<WorkspaceDump> states = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            states.add(dump());
            assertThat(run("band add \"Band " + i + "\"").exitCode()).isZero();
        }

        for (int i = 5; i >= 1; i--) {
            FklabRun.Result undone = run("undo");
            assertThat(undone.out()).contains("Undid: band add \"Band " + (i + 1) + "\"");
            assertThat(dump().rows()).isEqualTo(states.get(i).rows());
        }
        FklabRun.Result nothing = run("undo");

        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.out()).contains("Nothing to undo");
        assertThat(dump().rows()).isEqualTo(states.get(1).rows());
    }

    @Test
    void identitiesComeBackTooSoTheNextIdIsTheOneBeforeTheUndoneCommand() {
        FklabRun.Result first = run("band add \"First try\"");
        FklabRun.Result second = run("undo", "band add \"Second try\"");

        assertThat(first.out()).contains("Added band 4: First try");
        assertThat(second.out()).contains("Added band 4: Second try");
    }

    @Test
    void commandsThatChangeNothingLeaveNoUndoStep() {
        run("band add \"Kept\"");
        WorkspaceDump before = dump();

        FklabRun.Result readOnly = FklabRun.run("--workspace", workspace.toString(), "--keep-going",
                "-c", "band list", "-c", "sql SELECT * FROM band;", "-c", "band delete 1 --dry-run",
                "-c", "migrate zero --plan", "-c", "band delete 999", "-c", "snapshot kept", "-c", "describe band",
                // commands made of steps that fail before their first step
                "-c", "demo run nope --auto 0", "-c", "source " + workspace.resolve("missing.fk") + " --auto 0",
                "-c", "migrate 0099", "-c", "tutorial start 99 --yes", "-c", "tutorial play 99 --yes",
                "-c", "reset", "-c", "sql SELECT * FROM nope;");
        FklabRun.Result undone = run("undo");

        assertThat(readOnly.err()).contains("999", "nope", "missing.fk", "0099", "99", "--yes"); // each said why
        assertThat(undone.out()).contains("Undid: band add \"Kept\"");
        assertThat(dump().rows()).isNotEqualTo(before.rows());
    }

    @Test
    void restoreBringsBackDataSchemaAndMigrationsOfANamedSnapshot() {
        run("makemigration band_country add-column band country VARCHAR(40) --null", "migrate");
        FklabRun.Result saved = run("snapshot before-lesson");
        WorkspaceDump before = dump();
        run("band delete 1", "migrate 0003 --yes",
                "makemigration gig create-table gig", "author add \"Someone new\"");

        FklabRun.Result restored = run("restore before-lesson", "showmigrations");

        assertThat(saved.out()).contains("Saved snapshot before-lesson.");
        assertThat(restored.out()).contains("Restored before-lesson", "[X] ●  0005_band_country")
                .doesNotContain("gig");
        WorkspaceDump after = dump();
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(after.columns()).isEqualTo(before.columns());
        assertThat(after.migrations()).isEqualTo(before.migrations());
    }

    @Test
    void listingTheSnapshotsIsNoUndoStep() {
        run("snapshot start", "band delete 2");

        FklabRun.Result listed = run("restore", "undo", "band list");

        assertThat(listed.out()).contains("start", "Undid: band delete 2", "Foo Fighters");
    }

    @Test
    void aRestoreCanItselfBeUndone() {
        run("snapshot start", "band delete 2");
        WorkspaceDump changed = dump();

        run("restore start", "undo");

        assertThat(dump().rows()).isEqualTo(changed.rows());
    }

    @Test
    void restoreWithoutANameListsTheSnapshots() {
        FklabRun.Result empty = run("restore");
        FklabRun.Result listed = run("snapshot one", "snapshot two", "restore");

        assertThat(empty.out()).contains("No snapshots yet. 'snapshot NAME' saves one.");
        assertThat(listed.out()).contains("one", "two", "taken");
        assertThat(listed.out().indexOf("│ one")).isLessThan(listed.out().indexOf("│ two"));
    }

    @Test
    void aSnapshotWithoutANameIsNamedByItsTime() {
        FklabRun.Result saved = run("snapshot");

        assertThat(saved.out()).containsPattern("Saved snapshot snapshot-\\d{8}-\\d{6}\\.");
    }

    @Test
    void badSnapshotNamesAndUnknownSnapshotsAreRefusedAndChangeNothing() {
        WorkspaceDump before = dump();

        FklabRun.Result badName = run("snapshot \"../escape\"");
        FklabRun.Result unknown = run("restore nowhere");

        assertThat(badName.exitCode()).isNotZero();
        assertThat(badName.err()).contains("cannot be a snapshot name").doesNotContain("Exception");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("There is no snapshot named nowhere. 'restore' lists the snapshots.");
        assertThat(Files.exists(workspace.resolve("escape"))).isFalse();
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void resetInAScriptNeedsYesAndThenGivesANewWorkspacesData() {
        run("band delete 1", "makemigration band_genre add-column band genre VARCHAR(40) --null", "migrate");
        WorkspaceDump changed = dump();

        FklabRun.Result refused = run("reset");
        WorkspaceDump afterRefusal = dump();
        FklabRun.Result reset = run("reset --yes", "band list", "showmigrations");

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("Add --yes to go ahead");
        assertThat(afterRefusal).isEqualTo(changed);
        assertThat(reset.out()).contains("The workspace is as new", "3 bands", "4 of 4 applied.")
                .doesNotContain("band_genre");
    }

    @Test
    void undoWorksInAnInMemoryWorkspace() {
        FklabRun.Result result = FklabRun.commands("band delete 1", "undo", "band show 1");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Undid: band delete 1");
    }
}
