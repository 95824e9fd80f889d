package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TutorialCommandsTest {

    @TempDir
    Path folder;

    @Test
    void tutorialListsTheLessonsInOrder() {
        FklabRun.Result result = FklabRun.commands("tutorial");

        assertThat(result.out()).contains(" 1  One band, many listings", " 2  Adding the relationship with a migration",
                " 5  Drift, and folding it into a migration", " 9  Merging migrations", "0/4");
    }

    @Test
    void startingALessonInAScriptNeedsYesOnlyWhenItWouldReplaceTheLearnersWork() {
        FklabRun.Result fresh = FklabRun.commands("tutorial start 1");
        FklabRun.Result afterALessonsStart = FklabRun.commands("tutorial start 3 --yes", "tutorial start 1");
        FklabRun.Result refused = FklabRun.commands("band add Wilco", "tutorial start 1");
        FklabRun.Result undone = FklabRun.commands("band add Wilco", "undo", "tutorial start 1");

        assertThat(fresh.exitCode()).as(fresh.all()).isZero();
        assertThat(afterALessonsStart.exitCode()).as(afterALessonsStart.all()).isZero();
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Lesson 1 starts from its own data: the 15 rows in this workspace will be"
                + " replaced.", "Add --yes to go ahead.");
        assertThat(undone.exitCode()).as(undone.all()).isZero();
    }

    @Test
    void theWarningMentionsTheLearnersMigrationsOnlyWhenThereAreSome() {
        FklabRun.Result refused = FklabRun.run("--in-memory", "--keep-going",
                "-c", "makemigration band_genre add-column band genre varchar(40)", "-c", "tutorial start 1");


        assertThat(refused.err()).contains("the 14 rows in this workspace will be replaced and the migrations you"
                + " wrote moved to migrations/archive/.");
    }

    @Test
    void aStepIsCheckedAgainstTheDatabaseNotAgainstWhatWasTyped() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "tutorial start 1 --yes",
                "-c", "next", "-c", "sql INSERT INTO band (name) VALUES ('The Avalanches');", "-c", "answer 4",
                "-c", "check", "-c", "next");

        assertThat(result.out()).contains("Lesson 1 · One band, many listings", "Step 1 of 4", "Goal: ")
                .contains("Not yet:", "  ✗ ")
                .contains("✓ Done: everything this step asks for is in place.")
                .contains("✓ Step 1 done.", "Step 2 of 4");
    }

    @Test
    void hintGoalSolutionAndBackHelpWithTheCurrentStep() {
        FklabRun.Result result = FklabRun.commands("tutorial start 1 --yes", "hint", "hint", "solution", "goal",
                "band add \"The Avalanches\"", "answer 4", "next", "back");

        assertThat(result.out()).contains("Hint 1 of 3: ", "Hint 2 of 3: ", "One way to do it:", "  band add")
                .containsPattern("(?s)Step 2 of 4.*Step 1 of 4");
    }

    @Test
    void stepCommandsWithoutALessonSayHowToStartOne() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "next", "-c", "hint");

        assertThat(result.err()).contains("No lesson is started. 'tutorial' lists the lessons; 'tutorial start 1'"
                + " starts the first.");
    }

    @Test
    void progressIsKeptInTheWorkspace() {
        String workspace = folder.resolve("ws").toString();
        FklabRun.run("--workspace", workspace, "-c", "tutorial start 1 --yes", "-c", "band add \"The Avalanches\"",
                "-c", "answer 4", "-c", "next");

        FklabRun.Result later = FklabRun.run("--workspace", workspace, "-c", "tutorial");

        assertThat(later.out()).contains("▶  1  One band, many listings", "1/4", "You are on lesson 1, step 2");
    }

    @Test
    void thePromptShowsTheLessonAndStepAndSolutionAsksFirst() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await("fklab> ").type("band add Wilco\r").await("fklab> ")
                    .type("tutorial start 2\r").await("Start it? [y/N] ").type("y\r")
                    .await("fklab [2.1]> ").type("solution\r").await("[y/N] ").type("n\r").await("Kept hidden.");

            assertThat(shell.text()).contains("Lesson 2 · Adding the relationship with a migration")
                    .doesNotContain("One way to do it");
        }
    }
}
