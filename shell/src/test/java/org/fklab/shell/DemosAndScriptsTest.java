package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Demos, {@code source} and the expanded display, driven as a script would drive them. */
class DemosAndScriptsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"on-delete-rules", "rollback", "merge"})
    void everyBuiltInDemoRunsToItsEnd(String demo) {
        FklabRun.Result result = FklabRun.commands("demo run " + demo + " --auto 0");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Demo: ", "fklab> reset --yes", "End of the demo.");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void aDemoShowsEachCommandWithTheCommentsJustAboveIt() {
        FklabRun.Result result = FklabRun.commands("demo run rollback --auto 0");

        assertThat(result.out()).contains("# A new workspace's data: every listing linked to its band.\n"
                + "fklab> reset --yes\n")
                .contains("# Roll back. A script must say --yes, because data is lost.\nfklab> migrate 0002 --yes")
                .doesNotContain("# An fklab demo"); // the header is separated by a blank line
    }

    @Test
    void theOnDeleteDemoShowsTheRefusalItExpectsAndGoesOn() {
        FklabRun.Result result = FklabRun.commands("demo run on-delete-rules --auto 0", "band list");

        assertThat(result.err()).contains("on-delete-rules.fk:", "Cannot delete band 2 (Foo Fighters)");
        assertThat(result.out()).contains("(This command fails on purpose; the script goes on.)", "End of the demo.",
                "No bands yet."); // every band was deleted, each under its own rule
    }

    @Test
    void aDemoInAScriptNeedsAutoAndWithoutItChangesNothing() {
        FklabRun.Result result = FklabRun.commands("band delete 1", "demo run rollback", "band list");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("Waiting for Enter needs someone at the keyboard", "--auto 0");
        assertThat(result.out()).doesNotContain("fklab> reset --yes", "3 bands");
    }

    @Test
    void demoListNamesTheBuiltInDemosAndACopyCanBeEditedAndRun() throws Exception {
        Path workspace = folder.resolve("ws");
        FklabRun.Result copied = FklabRun.inWorkspace(workspace, "demo copy rollback");
        Path copy = workspace.resolve("demos").resolve("rollback.fk");
        Files.writeString(copy, "# Our own rollback demo\n\n# Just the bands.\nband list\n");

        FklabRun.Result listed = FklabRun.inWorkspace(workspace, "demo list");
        FklabRun.Result ran = FklabRun.inWorkspace(workspace, "demo run rollback --auto 0");
        FklabRun.Result again = FklabRun.inWorkspace(workspace, "demo copy rollback");

        assertThat(copied.out()).contains("Copied to " + copy);
        assertThat(listed.out()).contains("  on-delete-rules  What a deleted band does to its listings: SET NULL,"
                + " CASCADE, RESTRICT\n", "  merge  ", "  rollback         Our own rollback demo\n                   yours: " + copy + "\n");
        assertThat(ran.out()).contains("Demo: Our own rollback demo", "# Just the bands.\nfklab> band list",
                "3 bands", "End of the demo.").doesNotContain("migrate 0002");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains(copy + " is already there");
    }

    @Test
    void anUnknownDemoIsNamedWithTheOnesThereAre() {
        FklabRun.Result result = FklabRun.commands("demo run rolback --auto 0");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("There is no demo named 'rolback'. The demos are: on-delete-rules,"
                + " rollback, merge.");
    }

    @Test
    void demoShowPrintsTheScript() {
        FklabRun.Result result = FklabRun.commands("demo show merge");

        assertThat(result.out()).contains("!migrate", "makemigrations --merge");
    }

    @Test
    void sourceRunsAFileAndOneUndoTakesAllOfItBack() throws Exception {
        Path workspace = folder.resolve("ws");
        Path script = Files.writeString(folder.resolve("class.fk"), "# set up the class\nband add \"Kraftwerk\"\n"
                + "sql UPDATE band\n  SET name = 'Can'\n  WHERE name = 'Kraftwerk';\nlisting add \"Poster\" --band Can\n");

        FklabRun.Result sourced = FklabRun.inWorkspace(workspace, "source " + script, "band list");
        FklabRun.Result undone = FklabRun.inWorkspace(workspace, "undo", "band list");

        assertThat(sourced.exitCode()).as(sourced.all()).isZero();
        assertThat(sourced.out()).contains("4 bands", "Can").doesNotContain("fklab> ");
        assertThat(undone.out()).contains("Undid: source " + script, "3 bands").doesNotContain("Can");
    }

    @Test
    void aScriptThatFailsAfterChangingSomethingKeepsItsUndoStepAndOneThatFailsFirstLeavesNone() throws Exception {
        Path workspace = folder.resolve("ws");
        Path halfway = Files.writeString(folder.resolve("halfway.fk"), "band add \"Kraftwerk\"\nband show 99\n");
        Path atOnce = Files.writeString(folder.resolve("at-once.fk"), "band show 99\nband add \"Never\"\n");

        FklabRun.Result sourced = FklabRun.run("--workspace", workspace.toString(), "--keep-going",
                "-c", "band add \"Can\"", "-c", "source " + halfway, "-c", "source " + atOnce);
        FklabRun.Result firstUndo = FklabRun.inWorkspace(workspace, "undo", "band list");
        FklabRun.Result secondUndo = FklabRun.inWorkspace(workspace, "undo", "band list");

        assertThat(sourced.exitCode()).isNotZero();
        assertThat(firstUndo.out()).contains("Undid: source " + halfway, "4 bands", "Can").doesNotContain("Kraftwerk");
        assertThat(secondUndo.out()).contains("Undid: band add \"Can\"", "3 bands");
    }

    @Test
    void aScriptThatSourcesItselfIsStoppedAndTheSessionsNextScriptRuns() throws Exception {
        Path looping = folder.resolve("loop.fk");
        Files.writeString(looping, "source " + looping + "\n");
        Path fine = Files.writeString(folder.resolve("fine.fk"), "source " + folder.resolve("inner.fk") + "\n");
        Files.writeString(folder.resolve("inner.fk"), "band add Stereolab\n");

        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "source " + looping, "-c",
                "source " + fine);

        assertThat(result.err()).contains("Scripts source each other 8 deep: one of them probably sources itself.");
        assertThat(result.out()).contains("Added band 4: Stereolab");
    }

    @Test
    void sourceStopsAtTheFirstFailureAndNamesItsLine() throws Exception {
        Path script = Files.writeString(folder.resolve("broken.fk"), "band list\n\nband show 99\nband add Never\n");

        FklabRun.Result result = FklabRun.commands("source " + script, "band list");
        FklabRun.Result goingOn = FklabRun.commands("source " + script + " --keep-going");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains(script + ":3: error: There is no band with id 99.");
        assertThat(result.out()).doesNotContain("Added band");
        assertThat(goingOn.out()).contains("Added band 4: Never");
    }

    @Test
    void sourcePacedShowsEachCommandWithItsNarration() throws Exception {
        Path script = Files.writeString(folder.resolve("paced.fk"), "# the bands first\nband list\n");

        FklabRun.Result result = FklabRun.commands("source " + script + " --auto 0");

        assertThat(result.out()).contains("# the bands first\nfklab> band list\n");
    }

    @Test
    void badSourceFilesAndPacingAreRefusedInOneLine() throws Exception {
        Path self = folder.resolve("self.fk");
        Files.writeString(self, "source " + self + "\n");

        FklabRun.Result missing = FklabRun.commands("source " + folder.resolve("nowhere.fk"));
        FklabRun.Result aFolder = FklabRun.commands("source " + folder);
        FklabRun.Result both = FklabRun.commands("source " + self + " --step --auto 1");
        FklabRun.Result negative = FklabRun.commands("demo run merge --auto -1");
        FklabRun.Result loop = FklabRun.commands("source " + self);

        assertThat(missing.err()).contains("there is no such file");
        assertThat(aFolder.err()).contains("it is a folder");
        assertThat(both.err()).contains("Choose either --step or --auto SECONDS, not both.", "Usage: source");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--auto");
        assertThat(loop.err()).contains("Scripts source each other 8 deep");
        for (FklabRun.Result result : List.of(missing, aFolder, both, negative, loop)) {
            assertThat(result.exitCode()).isNotZero();
            assertThat(result.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void thePacingOfOneDemoRunDoesNotCarryOverToTheNext() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "demo run merge --auto 0",
                "-c", "demo run merge");

        assertThat(result.out()).contains("End of the demo.");
        assertThat(result.err()).contains("Waiting for Enter needs someone at the keyboard, and this is a script.");
    }

    @Test
    void aCommandMarkedToFailThatWorksStopsTheScript() throws Exception {
        Path script = Files.writeString(folder.resolve("stale.fk"), "!band list\nband add Never\n");

        FklabRun.Result result = FklabRun.commands("source " + script);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains(script + ":1: error: 'band list' should have failed (it starts with !)");
        assertThat(result.out()).doesNotContain("Added band");
    }

    @Test
    void expandedShowsRowsOneFieldALineWhenAskedTo() {
        FklabRun.Result result = FklabRun.commands("expanded on", "sql SELECT * FROM band WHERE id = 1;",
                "expanded", "expanded off", "band list");

        assertThat(result.out()).contains("expanded is on", "─[ row 1 ]", "id   │ 1\nname │ De La Soul",
                "expanded is off", "│  3 │ Cut Copy     │");
    }

    @Test
    void expandedRefusesAnUnknownSetting() {
        FklabRun.Result result = FklabRun.commands("expanded sideways");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("sideways", "auto, on, off");
    }
}
