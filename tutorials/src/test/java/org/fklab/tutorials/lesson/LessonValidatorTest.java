package org.fklab.tutorials.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonValidatorTest {

    private static final String GOOD = String.join("\n",
            "title: A lesson",
            "summary: It checks a band.",
            "start:",
            "  migrate: latest",
            "  dataset: tutorial",
            "steps:",
            "  - title: Add one",
            "    text: Add a band.",
            "    goal: Add Wilco.",
            "    check:",
            "      - sql: SELECT COUNT(*) FROM band WHERE name = 'Wilco'",
            "        expect: 1",
            "        says: There is one Wilco.",
            "        missing: There is no Wilco yet.",
            "    hint: band add NAME",
            "    solution: band add Wilco",
            "    wrong:",
            "      - try: band add wilco",
            "        says: [no Wilco]",
            "");

    @TempDir
    Path folder;

    private List<String> validate(String lessonText) throws Exception {
        Files.writeString(folder.resolve("01-a.yaml"), lessonText);
        Files.writeString(folder.resolve("index.txt"), "01-a.yaml\n");
        return LessonValidator.validate(folder);
    }

    @Test
    void theBuiltInLessonsAreValid() throws Exception {
        assertThat(LessonValidator.validate(Path.of("src/main/resources", LessonCatalog.BUILT_IN_FOLDER))).isEmpty();
    }

    @Test
    void aWellFormedLessonHasNoProblems() throws Exception {
        assertThat(validate(GOOD)).isEmpty();
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws Exception {
        List<String> problems = validate(GOOD.replace("    goal: Add Wilco.", "    goal: [Add Wilco."));

        assertThat(problems).singleElement().asString().contains("01-a.yaml:", "this is not valid YAML");
    }

    @Test
    void aMissingKeyIsReportedWithTheStepsLine() throws Exception {
        List<String> problems = validate(GOOD.replace("    hint: band add NAME\n", ""));

        assertThat(problems).singleElement().asString().contains("01-a.yaml:7: 'hint:' is missing or empty");
    }

    @Test
    void aMisspeltKeyIsNamedWithItsLine() throws Exception {
        List<String> problems = validate(GOOD.replace("    goal: Add Wilco.", "    gaol: Add Wilco."));

        assertThat(problems).singleElement().asString().contains("01-a.yaml:9: 'gaol' does not belong in a step");
    }

    @Test
    void anUnknownConditionIsNamed() throws Exception {
        List<String> problems = validate(GOOD.replace("      - sql: SELECT", "      - query: SELECT"));

        assertThat(problems).singleElement().asString().contains("01-a.yaml:11: 'query' is not a condition");
    }

    @Test
    void anSqlConditionWithoutItsSentencesIsRefused() throws Exception {
        List<String> problems = validate(GOOD.replace("        missing: There is no Wilco yet.\n", ""));

        assertThat(problems).singleElement().asString().contains("01-a.yaml:11: 'missing:' is missing or empty");
    }

    @Test
    void anUnknownStartingMigrationOrDatasetIsNamed() throws Exception {
        List<String> problems = validate(GOOD.replace("migrate: latest", "migrate: 0042").replace("dataset: tutorial",
                "dataset: nowhere"));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("start.migrate '0042'", "No migration is named or starts with '0042'");
        assertThat(problems.get(1)).contains("start.dataset 'nowhere' is neither a built-in dataset nor a folder");
    }

    @Test
    void aBuiltInStepWithoutAWrongAttemptIsNamed() throws Exception {
        List<String> problems = validate(GOOD.replace("    wrong:\n      - try: band add wilco\n        says: [no Wilco]\n",
                ""));

        assertThat(problems).singleElement().asString().contains("01-a.yaml: step 1 (Add one) has no wrong: attempt");
    }

    @Test
    void theIndexMustListEveryLesson() throws Exception {
        Files.writeString(folder.resolve("02-b.yaml"), GOOD);

        List<String> problems = validate(GOOD);

        assertThat(problems).singleElement().asString().contains("index.txt: lists [01-a.yaml] but the folder has"
                + " [01-a.yaml, 02-b.yaml]");
    }

    @Test
    void explainAcceptsOnAndOffWhetherYamlReadsThemAsWordsOrBooleans() {
        Lesson lesson = LessonReader.read(GOOD.replace("      - sql: SELECT COUNT(*) FROM band WHERE name = 'Wilco'\n"
                + "        expect: 1\n", "      - explain: on\n"), "01-a", "a.yaml", "", false);

        assertThat(lesson.steps().get(0).check()).singleElement().extracting(Condition::requirement)
                .isEqualTo(new Requirement.Explain(true));
    }

    @Test
    void typedConditionsAreReadWithTheirFields() {
        Lesson lesson = LessonReader.read(GOOD.replace("      - sql: SELECT COUNT(*) FROM band WHERE name = 'Wilco'\n"
                + "        expect: 1\n        says: There is one Wilco.\n        missing: There is no Wilco yet.\n",
                "      - link: {child: listing, where: \"title = 'Poster'\", parent: band, is: none}\n"
                        + "      - foreign-key: {table: listing, column: band_id, on-delete: SET_NULL}\n"
                        + "      - answer: SELECT 1\n        says: You know it\n        missing: Look.\n"
                        + "        prediction: yes\n"), "01-a", "a.yaml", "", false);

        assertThat(lesson.steps().get(0).check()).extracting(Condition::requirement).containsExactly(
                new Requirement.Link("listing", "title = 'Poster'", "band", java.util.Optional.empty(),
                        java.util.Optional.empty()),
                new Requirement.ForeignKey("listing", "band_id", java.util.Optional.empty(),
                        java.util.Optional.of(org.fklab.engine.DeleteRule.SET_NULL)),
                new Requirement.Answer("SELECT 1", true));
    }

    @Test
    void aMistakeInATypedConditionIsNamedWithItsLine() throws Exception {
        String link = GOOD.replace("      - sql: SELECT COUNT(*) FROM band WHERE name = 'Wilco'\n        expect: 1\n",
                "      - link: {child: listing, wher: x, parent: band, is: none}\n");
        String rule = GOOD.replace("      - sql: SELECT COUNT(*) FROM band WHERE name = 'Wilco'\n        expect: 1\n",
                "      - foreign-key: {table: listing, column: band_id, on-delete: sometimes}\n");

        assertThat(validate(link)).singleElement().asString().contains("01-a.yaml:11: 'wher' does not belong in a link"
                + " condition");
        assertThat(validate(rule)).singleElement().asString().contains("01-a.yaml:11: on-delete: is one of cascade,"
                + " set-null, set-default, restrict, no-action, not 'sometimes'");
    }

    @Test
    void wrongAttemptsNeedTheirWordsAndSettingBuiltInsAsideNeedsATarget() throws Exception {
        String noWords = GOOD.replace("        says: [no Wilco]\n", "");
        String latest = GOOD.replace("  dataset: tutorial\n", "  dataset: tutorial\n  migrations: archive\n"
                + "  built-ins: up-to-start\n");

        assertThat(validate(noWords)).singleElement().asString().contains("01-a.yaml:18: 'says:' is missing or empty: it takes a word, or a list of words");
        assertThat(validate(latest)).singleElement().asString().contains("built-ins: up-to-start sets aside the"
                + " built-in migrations after start.migrate, so it needs a migration there (not latest)");
    }
}
