package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's check tells right work from wrong, says what is in the database, and follows what the learner did. */
class LessonFeedbackTest {

    @TempDir
    Path folder;

    private Path workspace() {
        return folder.resolve("ws");
    }

    /** Runs each command as its own one-shot fklab on the test's workspace, as a learner typing them would. */
    private FklabRun.Result each(String... commands) {
        List<String> args = new ArrayList<>(List.of("--workspace", workspace().toString(), "--keep-going"));
        for (String command : commands) {
            args.add("-c");
            args.add(command);
        }
        return FklabRun.run(args.toArray(new String[0]));
    }

    @Test
    void undoingTheRollbackDoesNotPassTheStepThatRelinksByHand() {
        each("tutorial start rolling-back", "listing add \"Tour hoodie\" --band \"Cut Copy\"", "answer 4", "next",
                "migrate 0002 --yes", "next", "migrate", "answer 0", "next");

        FklabRun.Result undone = each("undo", "undo", "check");

        assertThat(undone.out()).contains("note: That took the database back into step 2 (Back to 0002)",
                "✗ The database is where this step began: undo or restore took it back into step 2",
                "'back' returns to that step");
        assertThat(undone.exitCode()).isEqualTo(1);
        FklabRun.Result restarted = each("tutorial restart-step", "check");
        assertThat(restarted.out()).contains("Step 4 starts again", "✗ Cut Copy t-shirt points at Cut Copy: it has no"
                + " band yet").doesNotContain("undo or restore took it back");
    }

    @Test
    void changingTheRuleByHandIsDriftAndDoesNotPassTheStepThatAsksForAMigration() {
        each("tutorial start when-a-parent-is-deleted", "band delete \"De La Soul\" --dry-run", "answer 3",
                "band delete \"De La Soul\"", "next");

        FklabRun.Result byHand = each("sql ALTER TABLE listing DROP CONSTRAINT fk_listing_band; ALTER TABLE listing ADD"
                + " CONSTRAINT fk_listing_band FOREIGN KEY (band_id) REFERENCES band (id) ON DELETE CASCADE;", "check",
                "showmigrations");

        assertThat(byHand.out()).contains("✓ listing.band_id has a foreign key to band with ON DELETE CASCADE.",
                "✗ The schema is exactly what the migrations make (no drift): drift: fk_listing_band is ON DELETE"
                        + " CASCADE in the database, but SET NULL in its migrations",
                "✗ A migration you wrote adds a foreign key on listing.band_id with ON DELETE CASCADE, and it is"
                        + " applied: you have not written a migration yet",
                "makemigration NAME --from-drift");
        FklabRun.Result folded = each("makemigration listing_band_cascade --from-drift", "check");
        assertThat(folded.out()).contains("✓ Done");
    }

    @Test
    void linkingEachListingToTheBandWithTheSameIdIsAnsweredWithTheBandEachPointsAt() {
        each("tutorial start adding-the-relationship", "sql INSERT INTO listing (title) VALUES ('Festival wristband');",
                "next", "makemigration band_fk add-fk listing band_id --references band --on-delete set-null", "next",
                "answer 3", "migrate", "next");

        FklabRun.Result wrong = each("listing set-band 1 1", "listing set-band 2 2", "listing set-band 3 3", "check");

        assertThat(wrong.out()).contains(
                "✗ Cut Copy t-shirt points at Cut Copy: it points at band 1, De La Soul, not band 3, Cut Copy.",
                "✗ De La Soul tour poster points at De La Soul: it points at band 2, Foo Fighters, not band 1, De La"
                        + " Soul.",
                "✓ Festival wristband has no band.")
                .doesNotContain("still have none");
    }

    @Test
    void oneListingTooManyIsNamedAsADuplicateNotAsMissing() {
        each("tutorial start 1", "band add \"The Avalanches\"", "answer 4", "next");

        FklabRun.Result twice = each("listing add \"The Avalanches vinyl\" --band \"The Avalanches\"",
                "listing add \"The Avalanches vinyl\" --band \"The Avalanches\"", "check");

        assertThat(twice.out()).contains("✗ The Avalanches vinyl points at The Avalanches: there are 2 of them"
                + " (listing 4 and 5), and there should be one: 'listing delete 5' removes the extra one.")
                .doesNotContain("no listing");
    }

    @Test
    void aWrongAnswerSaysHowToFindOutButNeverTheValue() {
        each("tutorial start 1", "band add \"The Avalanches\"");

        FklabRun.Result wrong = each("answer 7");
        FklabRun.Result right = each("answer \"  4 \"");

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.out()).contains("✗ '7' is not the answer.", "`band list` shows every band with its id")
                .doesNotContain("4");
        assertThat(right.out()).contains("✓ Right.", "✓ Step 1 · Every row has an id: done. Next: Add a listing titled"
                + " The Avalanches vinyl");
    }

    @Test
    void theStepIsCheckedQuietlyAfterEachCommandUnlessAutoIsOff() {
        FklabRun.Result auto = each("tutorial start 3", "listing add \"Tour hoodie\" --band \"Cut Copy\"",
                "answer De La Soul", "band list");
        FklabRun.Result off = each("next", "tutorial auto off", "listing add \"Cut Copy tour poster\" --band 3",
                "answer 3");

        assertThat(auto.out()).containsOnlyOnce("✓ Step 1 · Give a listing its band: done.");
        assertThat(off.out()).contains("Checking as you go is off").doesNotContain("✓ Step 2 ·");
        assertThat(each("check").out()).contains("✓ Done");
    }

    @Test
    void goingTooFarIsSaidOnceWithUndoAndRestartStepOffered() {
        each("tutorial start 1", "band add \"The Avalanches\"", "answer 4", "next");

        FklabRun.Result tooFar = each("band delete \"The Avalanches\"", "band list");

        assertThat(tooFar.out()).containsOnlyOnce("This step builds on something that is no longer so:")
                .contains("The band from step 1 is gone; this step needs it.", "'undo' takes back your last command;"
                        + " 'tutorial restart-step' puts this step's start back.");
        assertThat(each("undo", "check").out()).doesNotContain("no longer so");
    }

    @Test
    void restartStepPutsBackTheDataAsTheStepBegan() {
        each("tutorial start 1", "band add Wilco", "band add \"The Avalanches\"");

        FklabRun.Result restarted = each("tutorial restart-step", "band list");

        assertThat(restarted.out()).contains("Step 1 starts again", "3 bands").doesNotContain("Wilco");
    }

    @Test
    void aStepCanShowTheMigrationGraphAfterEachChange() {
        FklabRun.Result result = each("tutorial start merging-migrations",
                "makemigration band_genre --parent 0004 add-column band genre varchar(50)", "band list");

        assertThat(result.out()).containsOnlyOnce("The migrations now (this step shows them after each change):")
                .contains("[ ] ", "0005_band_genre");
    }

    @Test
    void afterTheLastStepTheLearnerIsOnNoLesson() {
        each("tutorial start merging-migrations", "makemigration band_genre --parent 0004 add-column band genre"
                        + " varchar(50)", "next", "makemigration band_website --parent 0004 add-column band website"
                        + " varchar(200)", "next", "makemigrations --merge", "next", "migrate 0005_band_genre", "next",
                "migrate", "next");

        FklabRun.Result last = each("sql UPDATE band SET genre = 'Electronic', website = 'https://cutcopy.example'"
                + " WHERE name = 'Cut Copy';", "next", "tutorial");

        assertThat(last.out()).contains("complete: Merging migrations", "✓").doesNotContain("You are on lesson");
        assertThat(each("check").err()).contains("No lesson is started.");
    }

    @Test
    void anInstructorsLessonUsesLinkAndAnswerAndAMistakeInItIsReportedWithFileAndLine() throws Exception {
        Files.createDirectories(workspace().resolve("lessons"));
        Files.writeString(workspace().resolve("lessons/my-class.yaml"), String.join("\n",
                "title: My class",
                "summary: Our own band.",
                "start: {migrate: latest, dataset: tutorial}",
                "steps:",
                "  - title: Link it",
                "    text: Add Wilco and its poster.",
                "    goal: Add the band Wilco with a listing Wilco poster, and say how many bands there are.",
                "    check:",
                "      - link: {child: listing, where: \"title = 'Wilco poster'\", parent: band, is: \"name = 'Wilco'\"}",
                "      - answer: SELECT COUNT(*) FROM band",
                "        says: You counted the bands",
                "        missing: band list shows them.",
                "      - no-drift: true",
                "    hint: [band add Wilco first, then listing add \"Wilco poster\" --band Wilco]",
                "    solution: [band add Wilco, listing add \"Wilco poster\" --band Wilco, answer 4]",
                "    wrong:",
                "      - try: [band add Wilco, listing add \"Wilco poster\" --band 1, answer 4]",
                "        says: [\"points at band 1, De La Soul\"]",
                ""));

        FklabRun.Result played = each("tutorial play my-class --attempts");
        Files.writeString(workspace().resolve("lessons/my-class.yaml"), Files.readString(workspace()
                .resolve("lessons/my-class.yaml")).replace("parent: band,", "parent: band, iss: none,"));
        FklabRun.Result broken = each("tutorial");

        assertThat(played.out()).as(played.all()).contains("played: all 1 steps' checks passed, and 1 attempt was"
                + " judged as the lesson says.");
        assertThat(broken.err()).contains("my-class.yaml:9: 'iss' does not belong in a link condition");
    }

    @Test
    void theLearnersOwnForeignKeyMigrationStandsInForTheBuiltInOneUntilAnotherLessonStarts() throws Exception {
        FklabRun.Result written = each("tutorial start adding-the-relationship", "showmigrations",
                "makemigration listing_band add-fk listing band_id --references band --on-delete set-null",
                "makemigration band_fk add-fk listing band_id --references band --on-delete set-null", "migrate",
                "describe listing --as django");

        assertThat(written.out()).contains("0002_create_listing", "Set aside by the lesson, so that you write the next"
                        + " migration: fklab's own 0003_listing_band, 0004_create_author_book.", "Wrote 0003_band_fk",
                "band = models.ForeignKey(\"Band\", null=True, on_delete=models.SET_NULL, related_name=\"listings\")")
                .doesNotContain("[ ]");
        assertThat(written.err()).contains("0003_listing_band is the name of one of fklab's built-in migrations");
        assertThat(Files.exists(workspace().resolve("migrations/set-aside.txt"))).isTrue();

        FklabRun.Result next = each("tutorial start 3 --yes", "showmigrations");

        assertThat(next.out()).contains("[X]", "0003_listing_band", "0004_create_author_book", "4 of 4 applied")
                .doesNotContain("0003_band_fk");
        assertThat(Files.exists(workspace().resolve("migrations/set-aside.txt"))).isFalse();
        try (var archived = Files.walk(workspace().resolve("migrations/archive"))) {
            assertThat(archived.map(p -> p.getFileName().toString())).contains("0003_band_fk.yaml");
        }
    }
}
