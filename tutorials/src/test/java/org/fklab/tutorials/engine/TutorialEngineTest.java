package org.fklab.tutorials.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.band.Bands;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.tutorials.lesson.LessonException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TutorialEngineTest {

    @TempDir
    Path workspace;

    private Sandbox sandbox;

    @BeforeEach
    void openSandbox() {
        sandbox = TestSandbox.migrated();
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    private TutorialEngine engine() {
        return new TutorialEngine(sandbox, new Migrations(sandbox.dataSource(),
                MigrationCatalog.withWorkspace(workspace.resolve("migrations"))), workspace.resolve("lessons"),
                workspace.resolve("progress.json"), workspace.resolve("migrations"), StepStarts.NONE);
    }

    @Test
    void startingALessonSetsItsDataAndGoesToItsFirstStep() {
        new Bands(sandbox).add("Leftover");
        TutorialEngine engine = engine();

        TutorialEngine.Position position = engine.start(engine.find("1"));

        assertThat(position.step()).isZero();
        assertThat(new Bands(sandbox).list()).extracting(b -> b.getName())
                .containsExactly("De La Soul", "Foo Fighters", "Cut Copy");
        assertThat(new Bands(sandbox).add("Next").getId()).isEqualTo(4L);
    }

    @Test
    void aStartingStateBeforeAMigrationUnappliesItAndLoadsItsDataset() {
        TutorialEngine engine = engine();

        engine.start(engine.find("adding-the-relationship"));

        Migrations migrations = new Migrations(sandbox.dataSource(), MigrationCatalog.builtIn());
        assertThat(migrations.status()).extracting(s -> s.migration().name() + "=" + s.applied())
                .containsExactly("0001_create_band=true", "0002_create_listing=true", "0003_listing_band=false",
                        "0004_create_author_book=false");
    }

    @Test
    void nextRefusesUntilTheStepIsDoneAndSaysWhatIsMissing() {
        TutorialEngine engine = engine();
        engine.start(engine.find("1"));

        TutorialEngine.Advance notYet = engine.next();
        new Bands(sandbox).add("The Avalanches");
        engine.answer("4");
        TutorialEngine.Advance done = engine.next();

        assertThat(notYet.check().passed()).isFalse();
        assertThat(notYet.check().missing()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(notYet.position().step()).isZero();
        assertThat(done.check().passed()).isTrue();
        assertThat(done.position().step()).isEqualTo(1);
    }

    @Test
    void progressSurvivesARestart() {
        TutorialEngine first = engine();
        first.start(first.find("1"));
        new Bands(sandbox).add("The Avalanches");
        first.answer("4");
        first.next();

        TutorialEngine second = engine();

        assertThat(second.position()).get().satisfies(p -> {
            assertThat(p.lesson().number()).isEqualTo(1);
            assertThat(p.step()).isEqualTo(1);
        });
        assertThat(second.lessons().get(0).stepsDone()).isEqualTo(1);
        assertThat(second.lessons().get(0).current()).isTrue();
        assertThat(Files.exists(workspace.resolve("progress.json"))).isTrue();
    }

    @Test
    void backGoesToThePreviousStepAndNotBeforeTheFirst() {
        TutorialEngine engine = engine();
        engine.start(engine.find("1"));
        new Bands(sandbox).add("The Avalanches");
        engine.answer("4");
        engine.next();

        assertThat(engine.back().step()).isZero();
        assertThatThrownBy(engine::back).isInstanceOf(LessonException.class).hasMessageContaining("first step");
    }

    @Test
    void resetForgetsAllProgress() {
        TutorialEngine engine = engine();
        engine.start(engine.find("1"));

        engine.reset();

        assertThat(engine().position()).isEmpty();
        assertThatThrownBy(engine::check).isInstanceOf(LessonException.class)
                .hasMessageContaining("No lesson is started");
    }

    @Test
    void anInstructorsLessonIsListedAfterTheBuiltInOnes() throws Exception {
        Files.createDirectories(workspace.resolve("lessons"));
        Files.writeString(workspace.resolve("lessons/my-class.yaml"), String.join("\n",
                "title: My class", "summary: Ours.", "start:", "  migrate: latest", "  dataset: none", "steps:",
                "  - title: One", "    text: Do it.", "    goal: Turn explain on.", "    check:",
                "      - explain: on", "        missing: explain is still off.", "    hint: explain on",
                "    solution: explain on", ""));
        TutorialEngine engine = engine();

        assertThat(engine.lessons()).hasSize(10);
        TutorialEngine.Position position = engine.start(engine.find("my-class"));
        assertThat(position.lesson().number()).isEqualTo(10);
        assertThat(new Bands(sandbox).list()).isEmpty();
        assertThat(engine.check().missing()).containsExactly("explain is on: it is off. explain is still off.");
        sandbox.recorder().setRecording(true);
        assertThat(engine.check().passed()).isTrue();
    }

    @Test
    void lessonsAreFoundByNumberNameOrTitleAndUnknownOnesAreExplained() {
        TutorialEngine engine = engine();

        assertThat(engine.find("9").slug()).isEqualTo("merging-migrations");
        assertThat(engine.find("rolling").number()).isEqualTo(8);
        assertThatThrownBy(() -> engine.find("99")).hasMessageContaining("numbered 1 to 9");
        assertThatThrownBy(() -> engine.find("99999999999")).hasMessageContaining("There is no lesson 99999999999:");
        assertThatThrownBy(() -> engine.find("cooking")).hasMessageContaining("No lesson is called 'cooking'");
    }
}
