package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fklab.migrations.drift.Drift;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCommandsTest {

    @TempDir
    Path folder;

    private FklabRun.Result in(Path workspace, String... commands) {
        String[] args = new String[3 + commands.length * 2];
        args[0] = "--workspace";
        args[1] = workspace.toString();
        args[2] = "--keep-going";
        for (int i = 0; i < commands.length; i++) {
            args[3 + 2 * i] = "-c";
            args[4 + 2 * i] = commands[i];
        }
        return FklabRun.run(args);
    }

    @Test
    void anOnDeleteRuleIsTakenAsTypedOrAsSqlWritesItAndAnythingElseIsAUsageMistake() {
        FklabRun.Result wrong = FklabRun.commands("makemigration x add-fk book band_id --references band"
                + " --on-delete sett-null", "showmigrations");
        FklabRun.Result right = FklabRun.commands("makemigration x add-fk book band_id --references band"
                + " --on-delete SET_NULL", "sqlmigrate 0005_x");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("error: makemigration add-fk: 'sett-null' is not one of cascade, set-null,"
                + " set-default, restrict, no-action (for --on-delete).", "Usage: makemigration add-fk");
        assertThat(wrong.out()).doesNotContain("0005");
        assertThat(right.exitCode()).isZero();
        assertThat(right.out()).contains("ON DELETE SET NULL");
    }

    @Test
    void showmigrationsListsEveryMigrationAppliedOnAFreshWorkspace() {
        FklabRun.Result result = FklabRun.commands("showmigrations");

        assertThat(result.out())
                .contains("[X] ●  0001_create_band         create table band")
                .contains("[X] ●  0003_listing_band        add column listing.band_id (+2 more)")
                .contains("[X] ●  0004_create_author_book  create table author (+3 more)")
                .contains("4 of 4 applied.");
    }

    @Test
    void planShowsTheStepsAndTheDataTheyWouldLoseAndChangesNothing() {
        FklabRun.Result result = FklabRun.commands("migrate 0002 --plan", "showmigrations");

        assertThat(result.out())
                .contains("To reach 0002_create_listing, fklab would:\n  unapply 0004_create_author_book\n"
                        + "  unapply 0003_listing_band")
                .contains("data lost: 0004_create_author_book drops table book: 5 rows lost")
                .contains("data lost: 0003_listing_band drops listing.band_id: 3 non-null values lost")
                .contains("Nothing was changed (--plan).", "4 of 4 applied.");
    }

    @Test
    void aScriptNeedsYesToDropDataAndWithoutItChangesNothing() {
        FklabRun.Result refused = FklabRun.commands("migrate 0002", "showmigrations");
        FklabRun.Result done = FklabRun.commands("migrate 0002 --yes", "showmigrations");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("This would drop data: ", "listing.band_id: 3 non-null values lost",
                "Nothing was changed. Run 'migrate 0002 --yes' to go ahead");
        assertThat(refused.out()).doesNotContain("Unapplying");
        assertThat(done.out()).contains("Unapplying 0004_create_author_book... done",
                "Unapplying 0003_listing_band... done", "The database is at 0002_create_listing.",
                "[ ] ●  0003_listing_band", "2 of 4 applied.");
    }

    @Test
    void aCommandAheadOfTheDatabaseNamesTheMigrationItNeeds() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "migrate 0002 --yes",
                "-c", "listing list", "-c", "band list");

        assertThat(result.err()).contains("This command needs listing.band_id, which the database does not have yet:"
                + " migration 0003_listing_band adds it and is not applied. Run 'migrate'").doesNotContain("SQL");
        assertThat(result.out()).contains("3 bands");
    }

    @Test
    void rollingBackAndForwardBringsTheColumnBackEmpty() {
        FklabRun.Result result = FklabRun.commands("migrate 0002 --yes", "migrate", "listing list");

        assertThat(result.out()).contains("Applying 0003_listing_band... done", "Applying 0004_create_author_book... done")
                .contains("│  1 │ Cut Copy t-shirt           │    NULL │ NULL │");
    }

    @Test
    void sqlmigrateShowsTheSqlOfAMigrationBothWays() {
        FklabRun.Result result = FklabRun.commands("sqlmigrate 0003", "sqlmigrate 0003_listing_band --backwards");

        String out = result.out();
        assertThat(out).contains("-- 0003_listing_band-1: add column listing.band_id",
                "ALTER TABLE PUBLIC.listing ADD band_id BIGINT;",
                "FOREIGN KEY (band_id) REFERENCES PUBLIC.band (id) ON DELETE SET NULL;",
                "CREATE INDEX PUBLIC.ix_listing_band_id ON PUBLIC.listing(band_id);");
        String backwards = out.substring(out.indexOf("-- undo"));
        assertThat(backwards.indexOf("DROP INDEX")).isLessThan(backwards.indexOf("DROP CONSTRAINT fk_listing_band"));
        assertThat(backwards.indexOf("DROP CONSTRAINT")).isLessThan(backwards.indexOf("DROP COLUMN band_id"));
    }

    @Test
    void twoBranchesConflictUntilMergedAndTheGraphIsDrawn() {
        Path workspace = folder.resolve("ws");

        FklabRun.Result branches = in(workspace,
                "makemigration band_genre --parent 0004 add-column band genre varchar(50)",
                "makemigration band_website --parent 0004 add-column band website varchar(200)",
                "showmigrations", "migrate");
        FklabRun.Result merged = in(workspace, "migrate 0005_band_genre", "makemigrations --merge", "showmigrations",
                "migrate", "describe band");

        assertThat(branches.out()).contains("Wrote 0005_band_genre to", "Wrote 0005_band_website to")
                .contains("    ├─┐", "[ ] ● │  0005_band_genre", "[ ]   ●  0005_band_website")
                .contains("The history has branched: 0005_band_genre and 0005_band_website are both latest.");
        assertThat(branches.err()).contains("The migrations have branched: 0005_band_genre and 0005_band_website",
                "makemigrations --merge");
        assertThat(merged.out()).contains("Applying 0005_band_genre... done", "The database is at 0005_band_genre.")
                .contains("Wrote 0006_merge_0005_band_genre_0005_band_website")
                .contains("[X] ● │  0005_band_genre", "[ ] │ ●  0005_band_website", "    ├─┘",
                        "[ ] ●    0006_merge_0005_band_genre_0005_band_website")
                .contains("Applying 0005_band_website... done", "Applying 0006_merge_0005_band_genre_0005_band_website")
                .contains("│ genre   │ VARCHAR(50)", "│ website │ VARCHAR(200)");
        assertThat(Files.exists(workspace.resolve("migrations/0006_merge_0005_band_genre_0005_band_website.yaml"))).isTrue();
    }

    @Test
    void mergingBranchesThatChangeTheSameColumnIsRefused() {
        FklabRun.Result result = in(folder.resolve("ws"),
                "makemigration genre_a --parent 0004 add-column band genre varchar(50)",
                "makemigration genre_b --parent 0004 add-column band genre varchar(20)",
                "makemigrations --merge");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Cannot merge: Both branches change band.genre: 0005_genre_a does 'add column"
                + " band.genre' and 0005_genre_b does 'add column band.genre'");
    }

    @Test
    void makemigrationRefusesWhatCouldNotBeAppliedWithTheFix() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going",
                "-c", "makemigration x add-column band genre strng",
                "-c", "makemigration x add-column band genre varchar(20) --not-null",
                "-c", "makemigration x add-column bandz genre integer",
                "-c", "makemigration x",
                "-c", "makemigration x frobnicate band",
                "-c", "makemigration x add-fk listing label_id --references label",
                "-c", "showmigrations");

        assertThat(result.err())
                .contains("'strng' is not a column type fklab knows. Use one of: varchar(N)")
                .contains("band has 3 rows, and a NOT NULL column needs a value in each. Give the value existing rows"
                        + " get with --default VALUE, or let the column be empty with --null.")
                .contains("There is no table bandz. The tables are: author, band, book, listing.")
                .contains("makemigration x needs an operation: add-column, add-fk")
                .contains("makemigration has no subcommand 'frobnicate'.")
                .contains("There is no table label.");
        assertThat(result.out()).contains("4 of 4 applied.").doesNotContain("Wrote");
    }

    @Test
    void historyListsAppliesAndUnappliesInOrder() {
        FklabRun.Result result = FklabRun.commands("migrate 0003 --yes", "migrations history");

        String out = result.out();
        assertThat(out).containsPattern("│ applied   │ 0004_create_author_book │\\n.*│ unapplied │ 0004_create_author_book │");
    }

    @Test
    void anAppliedMigrationEditedLaterIsReportedAtStartAndMigrateRefuses() throws Exception {
        Path workspace = folder.resolve("ws");
        in(workspace, "makemigration band_genre add-column band genre varchar(50)", "migrate");
        Files.writeString(workspace.resolve("migrations/0005_band_genre.yaml"), "# a late edit\n",
                java.nio.file.StandardOpenOption.APPEND);

        FklabRun.Result result = in(workspace, "band list", "migrate 0004 --yes");

        assertThat(result.err()).contains("warning: " + workspace.resolve("migrations/0005_band_genre.yaml")
                + " was edited after it was applied").contains("error: " + workspace.resolve("migrations/0005_band_genre.yaml"));
        assertThat(result.out()).contains("3 bands").doesNotContain("Unapplying");
    }

    @Test
    void aLiquibaseLockLeftByAKilledMigrateIsReleasedAtStart() {
        Path workspace = folder.resolve("ws");
        in(workspace, "sql UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = LOCALTIMESTAMP,"
                + " LOCKEDBY = 'a killed fklab';");

        FklabRun.Result result = in(workspace, "migrate 0003 --yes");

        assertThat(result.out()).contains("note: Released the Liquibase lock a migrate left when it was stopped")
                .contains("Unapplying 0004_create_author_book... done");
    }

    @Test
    void theShellAsksBeforeDroppingDataAndNoChangesNothing() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await("fklab> ").type("migrate 0003\r").await("Go ahead? [y/N] ").type("n\r")
                    .await("Nothing was changed.").type("migrate 0003\r").awaitCount("Go ahead? [y/N] ", 2)
                    .type("y\r").await("The database is at 0003_listing_band.");

            assertThat(shell.text()).contains("This drops data: 0004_create_author_book drops table author: 3 rows lost");
        }
    }

    @Test
    void optionsOfOneMakemigrationDoNotCarryOverToTheNextInTheSameRun() {
        FklabRun.Result result = FklabRun.commands(
                "makemigration a add-fk listing x_id --references band --not-null --default 1",
                "makemigration b add-fk listing y_id --references band --on-delete set-null",
                "makemigration c add-column band w integer --null --not-null");

        assertThat(result.out()).contains("Wrote 0005_a", "Wrote 0006_b");
        assertThat(result.err()).contains("Choose either --null or --not-null, not both.")
                .doesNotContain("--not-null was given");
    }

    // drift

    @Test
    void aDefaultSetWithSqlIsDriftThatShowmigrationsAndMigrateReportAndMigrateStillRuns() {
        FklabRun.Result result = FklabRun.commands("sql ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5;",
                "showmigrations", "migrate 0003 --plan", "migrate 0003 --yes");

        String drift = "drift: listing.band_id has DEFAULT 5 in the database, but its migrations give it no default";
        String out = result.out();
        assertThat(out.split(java.util.regex.Pattern.quote(drift), -1)).hasSize(4);
        assertThat(out).contains("4 of 4 applied.\n" + drift + "\n" + Drift.FIX)
                .contains(drift + "\n" + Drift.FIX + "\nTo reach 0003_listing_band, fklab would:")
                .contains(drift + "\n" + Drift.FIX + "\nUnapplying 0004_create_author_book... done")
                .contains("The database is at 0003_listing_band.");
    }

    @Test
    void withoutDriftShowmigrationsAndMigrateSayNothingOfIt() {
        FklabRun.Result result = FklabRun.commands("showmigrations", "migrate", "migrate --plan 0003");

        assertThat(result.all()).doesNotContain("drift", "Drift");
    }

    @Test
    void makemigrationFromDriftFoldsTheDefaultInSoShowmigrationsShowsNoDriftAndUnapplyingUndoesIt() {
        Path workspace = folder.resolve("ws");

        FklabRun.Result result = in(workspace, "sql ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5;",
                "makemigration fix --from-drift", "showmigrations", "makemigration again --from-drift",
                "migrate 0004 --yes", "describe listing", "showmigrations");

        String out = result.out();
        assertThat(out).contains("Wrote 0005_fix to", "- addDefaultValue:", "It is recorded as applied without"
                + " running it: the database already has these changes, so there is no drift now. Unapplying it"
                + " ('migrate 0004_create_author_book') undoes them.")
                .contains("[X] ●  0005_fix                 set the default of listing.band_id", "5 of 5 applied.")
                .contains("Unapplying 0005_fix... done", "[ ] ●  0005_fix", "4 of 5 applied.")
                .doesNotContain("drift:");
        assertThat(result.err()).contains("There is no drift: the database is exactly what its migrations make.");
        assertThat(Files.exists(workspace.resolve("migrations/0005_fix.yaml"))).isTrue();
        assertThat(Files.exists(workspace.resolve("migrations/0006_again.yaml"))).isFalse();
    }

    @Test
    void makemigrationFromDriftWithAnOperationIsOneUsageError() {
        FklabRun.Result result = FklabRun.commands("sql ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5;",
                "makemigration fix --from-drift add-column band genre varchar(20)", "showmigrations");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--from-drift writes the drift as the migration, so it takes no operation:"
                + " run 'makemigration fix --from-drift' alone, or leave out --from-drift").doesNotContain("Exception");
        assertThat(result.out()).doesNotContain("Wrote");
    }

    @Test
    void alterColumnSetsADefaultByAMigrationSoThereIsNoDrift() {
        FklabRun.Result result = in(folder.resolve("ws"),
                "makemigration band_default alter-column listing band_id --default 5",
                "migrate", "showmigrations", "makemigration x alter-column listing band_id",
                "makemigration x alter-column listing band_id --default 5 --drop-default",
                "makemigration x alter-column listing band_id --default five");

        assertThat(result.out()).contains("Wrote 0005_band_default", "- addDefaultValue:", "defaultValueNumeric: 5",
                "Applying 0005_band_default... done", "[X] ●  0005_band_default").doesNotContain("drift");
        assertThat(result.err()).contains("alter-column changes a column's default: give either --default VALUE or"
                + " --drop-default.", "--drop-default, not both.", "The default 'five' is not a number, but the column"
                + " is bigint.");
    }

    @Test
    void whenDriftCannotBeCheckedShowmigrationsSaysWhyInOneLineAndStillLists() throws Exception {
        Path workspace = folder.resolve("ws");
        in(workspace, "makemigration band_genre add-column band genre varchar(50)", "migrate");
        Files.delete(workspace.resolve("migrations/0005_band_genre.yaml"));

        FklabRun.Result result = in(workspace, "showmigrations");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("4 of 4 applied.", "warning: Drift could not be checked: migration"
                + " 0005_band_genre is applied, but its file is gone.").doesNotContain("Exception", "\tat ");
    }
}
