package org.fklab.migrations.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.Changelogs.addColumn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.Jdbc;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.make.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks run when a workspace opens: files match what is applied, no lock or half migration left over. */
class WorkspaceCheckTest {

    private static final String B4 = "0004_create_author_book";

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();

    private MigrationCatalog catalog() {
        return MigrationCatalog.withWorkspace(folder);
    }

    private WorkspaceCheck.Result check() {
        return WorkspaceCheck.run(database, catalog());
    }

    private void migrateTo(String target) {
        Migrator migrator = new Migrator(database, catalog());
        migrator.execute(migrator.planTo(target));
    }

    /** 0005_band_genre written into the workspace and applied. */
    private Path appliedWorkspaceMigration() {
        Path file = addColumn(folder, "0005_band_genre", "band", "genre", B4);
        migrateTo("0005_band_genre");
        return file;
    }

    @Test
    void aNewDatabaseHasNoProblems() {
        WorkspaceCheck.Result result = check();

        assertThat(result.problems()).isEmpty();
        assertThat(result.blocking()).isEmpty();
        assertThat(result.releasedLock()).isEmpty();
        assertThat(result.graph()).isPresent();
    }

    @Test
    void aMigratedDatabaseWithItsFilesHasNoProblems() {
        appliedWorkspaceMigration();

        WorkspaceCheck.Result result = check();

        assertThat(result.problems()).isEmpty();
        assertThat(result.releasedLock()).isEmpty();
    }

    @Test
    void anAppliedMigrationWhoseFileIsGoneBlocks() throws Exception {
        Path file = appliedWorkspaceMigration();
        Files.delete(file);

        WorkspaceCheck.Result result = check();

        assertThat(result.blocking()).containsExactly("Migration 0005_band_genre is applied, but its file " + file
                + " is gone. Put the file back: fklab needs it to unapply the migration.");
        assertThat(result.problems()).isEqualTo(result.blocking());
    }

    @Test
    void anAppliedMigrationEditedAfterwardsBlocks() throws Exception {
        Path file = appliedWorkspaceMigration();
        Files.writeString(file, "# a comment added later\n", StandardOpenOption.APPEND);

        WorkspaceCheck.Result result = check();

        assertThat(result.blocking()).singleElement().asString()
                .startsWith(file + " was edited after it was applied, so the database no longer matches it.")
                .contains("Undo the edit")
                .contains("unapply it first ('migrate " + B4 + "')");
    }

    @Test
    void undoingTheEditClearsTheProblem() throws Exception {
        Path file = appliedWorkspaceMigration();
        String original = Files.readString(file);
        Files.writeString(file, original + "# edited\n");
        assertThat(check().blocking()).hasSize(1);

        Files.writeString(file, original);

        assertThat(check().problems()).isEmpty();
    }

    @Test
    void editingAnUnappliedMigrationIsFine() throws Exception {
        Path file = appliedWorkspaceMigration();
        migrateTo(B4);
        Files.writeString(file, "# edited while unapplied\n", StandardOpenOption.APPEND);

        assertThat(check().problems()).isEmpty();
    }

    @Test
    void builtInMigrationsAreNeverReportedAsEdited() throws Exception {
        // given: the history recorded other checksums for the built-ins (an older fklab shipped other text)
        migrateTo(B4);
        Jdbc.update(database, "UPDATE FKLAB_MIGRATION_HISTORY SET CHECKSUM = 'older'");

        WorkspaceCheck.Result result = check();

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aStaleLiquibaseLockIsReleasedAndReported() throws Exception {
        migrateTo(B4);
        Jdbc.update(database, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = LOCALTIMESTAMP,"
                + " LOCKEDBY = 'x'");

        WorkspaceCheck.Result result = check();

        assertThat(result.releasedLock()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Released the Liquibase lock a migrate left when it was stopped (taken at ")
                .endsWith("'showmigrations' shows what is applied."));
        assertThat(Jdbc.column(database, "SELECT LOCKED FROM DATABASECHANGELOGLOCK")).containsOnly("FALSE");
        assertThat(result.problems()).isEmpty();
        assertThat(check().releasedLock()).isEmpty();
    }

    @Test
    void afterTheLockIsReleasedMigrateWorks() throws Exception {
        migrateTo("0002");
        Jdbc.update(database, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = LOCALTIMESTAMP,"
                + " LOCKEDBY = 'x'");
        Migrations migrations = new Migrations(database, catalog());

        migrations.execute(migrations.plan(Optional.empty()), Migrator.Progress.SILENT);

        assertThat(new Migrator(database, catalog()).applied()).hasSize(4);
    }

    @Test
    void planningChangesNothingNotEvenAStaleLock() throws Exception {
        migrateTo("0002");
        Jdbc.update(database, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = LOCALTIMESTAMP,"
                + " LOCKEDBY = 'x'");
        Migrations migrations = new Migrations(database, catalog());

        assertThat(migrations.plan(Optional.empty()).apply()).hasSize(2);

        assertThat(Jdbc.column(database, "SELECT LOCKED FROM DATABASECHANGELOGLOCK")).containsOnly("TRUE");
    }

    @Test
    void anInterruptedMigrationIsReportedButDoesNotBlock() throws Exception {
        migrateTo("0003");
        Jdbc.update(database, "DELETE FROM DATABASECHANGELOG WHERE ID = '0003_listing_band-3'");

        WorkspaceCheck.Result result = check();

        assertThat(result.problems()).containsExactly("Migration 0003_listing_band was interrupted: 2 of its 3 changes"
                + " are applied. 'migrate' finishes it; 'migrate 0002_create_listing' undoes it.");
        assertThat(result.blocking()).isEmpty();
    }

    @Test
    void aGraphThatDoesNotLoadIsABlockingProblem() {
        Path file = Changelogs.writeText(folder, "0005_broken.yaml", "databaseChangeLog: [\n");

        WorkspaceCheck.Result result = check();

        assertThat(result.graph()).isEmpty();
        assertThat(result.blocking()).singleElement().asString().startsWith(file + ":");
    }

    @Test
    void planAndMakeRefuseWhileAProblemBlocks() throws Exception {
        Path file = appliedWorkspaceMigration();
        Files.delete(file);
        Migrations migrations = new Migrations(database, catalog());

        assertThatThrownBy(() -> migrations.plan(Optional.empty())).isInstanceOf(MigrationException.class)
                .hasMessage("Migration 0005_band_genre is applied, but its file " + file + " is gone. Put the file"
                        + " back: fklab needs it to unapply the migration.");
        assertThatThrownBy(() -> migrations.plan(Optional.of("zero"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Put the file back");
        assertThatThrownBy(() -> migrations.make(null, List.of(), new Operation.AddIndex("band", "name")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("Put the file back");
    }

    @Test
    void planNamesHowManyMoreProblemsBlock() throws Exception {
        Path first = appliedWorkspaceMigration();
        Path second = addColumn(folder, "0006_band_origin", "band", "origin", "0005_band_genre");
        migrateTo("0006");
        Files.delete(first);
        Files.delete(second);

        assertThatThrownBy(() -> new Migrations(database, catalog()).plan(Optional.empty()))
                .isInstanceOf(MigrationException.class)
                .hasMessageEndingWith("(and 1 more: see the warnings when fklab starts)");
    }
}
