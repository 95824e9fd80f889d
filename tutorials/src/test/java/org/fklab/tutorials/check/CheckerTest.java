package org.fklab.tutorials.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.engine.DeleteRule;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.tutorials.lesson.Condition;
import org.fklab.tutorials.lesson.Requirement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each typed condition, on a real database built by the real migrations, says what is there when it fails. */
class CheckerTest {

    @TempDir
    Path workspace;

    private Sandbox sandbox;

    @BeforeEach
    void openSandbox() {
        sandbox = TestSandbox.migrated();
        sql("INSERT INTO band (name) VALUES ('De La Soul'), ('Foo Fighters'), ('Cut Copy');"
                + "INSERT INTO listing (title, band_id) VALUES ('Cut Copy t-shirt', 1), ('Tour hoodie', NULL);");
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    private void sql(String statements) {
        new SqlConsole(sandbox).run(statements);
    }

    private Outcome check(Requirement requirement) {
        Migrations migrations = new Migrations(sandbox.dataSource(), MigrationCatalog.withWorkspace(workspace));
        return new Checker(sandbox, migrations, false).evaluate(new Condition(requirement, Optional.empty(),
                Optional.empty(), "test"), Optional.empty());
    }

    private static Requirement.Link link(String child, String parentIs) {
        return new Requirement.Link("listing", "title = '" + child + "'", "band",
                Optional.ofNullable(parentIs).map(name -> "name = '" + name + "'"), Optional.empty());
    }

    @Test
    void aLinkToTheWrongParentNamesTheParentItPointsAt() {
        Outcome outcome = check(link("Cut Copy t-shirt", "Cut Copy"));

        assertThat(outcome.holds()).isFalse();
        assertThat(outcome.line()).isEqualTo("Cut Copy t-shirt points at Cut Copy: it points at band 1, De La Soul, not"
                + " band 3, Cut Copy.");
    }

    @Test
    void aLinkSaysWhenTheChildHasNoParentOrStillHasOne() {
        assertThat(check(link("Tour hoodie", "Cut Copy")).line()).endsWith(": it has no band yet.");
        assertThat(check(link("Tour hoodie", null)).holds()).isTrue();
        assertThat(check(link("Cut Copy t-shirt", null)).line()).isEqualTo("Cut Copy t-shirt has no band: it still"
                + " points at band 1, De La Soul.");
    }

    @Test
    void aLinkNamesAMissingRowANearMatchAndDuplicates() {
        sql("INSERT INTO listing (title) VALUES ('tour  Hoodie ');");

        assertThat(check(link("Tour Hoodie", "Cut Copy")).line()).contains("there is no listing titled Tour Hoodie;"
                + " but there are 'Tour hoodie' (listing 2) and 'tour  Hoodie ' (listing 3): text is compared exactly");
        sql("INSERT INTO listing (title, band_id) VALUES ('Tour hoodie', 3);");
        assertThat(check(link("Tour hoodie", "Cut Copy")).line()).contains("there are 2 of them (listing 2 and 4),"
                + " and there should be one: 'listing delete 4' removes the extra one");
        assertThat(check(link("Cut Copy t-shirt", "Cut Cop")).line()).contains("there is no band named Cut Cop to"
                + " point at");
    }

    @Test
    void aLinkBeforeTheForeignKeyExistsSaysSo() {
        Sandbox early = TestSandbox.migratedTo("0002");
        try {
            Outcome outcome = new Checker(early, new Migrations(early.dataSource(), MigrationCatalog.builtIn()), false)
                    .evaluate(new Condition(link("Cut Copy t-shirt", "Cut Copy"), Optional.empty(), Optional.empty(),
                            "test"), Optional.empty());

            assertThat(outcome.line()).contains("listing has no foreign key to band yet, so no listing can point at a"
                    + " band");
        } finally {
            early.close();
        }
    }

    @Test
    void rowsAndCountsSayHowManyThereAre() {
        assertThat(check(new Requirement.Row("band", "name = 'Cut Copy'")).holds()).isTrue();
        assertThat(check(new Requirement.Row("band", "name = 'cut copy'")).line()).contains("there is none; but there"
                + " is 'Cut Copy' (band 3)");
        assertThat(check(new Requirement.Count("listing", Optional.of("band_id IS NULL"), 2)).line())
                .isEqualTo("There are 2 listings where band_id IS NULL: there is 1 (listing 2, Tour hoodie), not 2.");
        assertThat(check(new Requirement.Count("band", Optional.empty(), 3)).holds()).isTrue();
    }

    @Test
    void columnsAndForeignKeysSayWhatTheSchemaHasNow() {
        assertThat(check(new Requirement.Column("listing", "band_id", Optional.of("bigint"), Optional.of(true), Optional.of("none"), true))
                .holds()).isTrue();
        assertThat(check(new Requirement.Column("listing", "band_id", Optional.of("varchar(10)"), Optional.empty(), Optional.empty(),
                true)).line()).endsWith("it is bigint, not varchar(10).");
        assertThat(check(new Requirement.Column("listing", "genre", Optional.empty(), Optional.empty(), Optional.empty(), true)).line())
                .contains("listing has no column genre (its columns: id, title, band_id)");
        assertThat(check(new Requirement.ForeignKey("listing", "band_id", Optional.of("band"),
                Optional.of(DeleteRule.CASCADE))).line()).endsWith("fk_listing_band is ON DELETE SET NULL, not CASCADE.");
        assertThat(check(new Requirement.ForeignKey("book", "author_id", Optional.of("author"),
                Optional.of(DeleteRule.CASCADE))).holds()).isTrue();
    }

    @Test
    void aFailingQueryInTheLessonIsReportedAsTheLessonsMistake() {
        Outcome outcome = check(new Requirement.Row("band", "nonsense = 1"));

        assertThat(outcome.holds()).isFalse();
        assertThat(outcome.line()).contains("its query failed here");
    }
}
