package org.fklab.migrations.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.Changelogs.addColumn;
import static org.fklab.migrations.Changelogs.addColumnChange;
import static org.fklab.migrations.Changelogs.empty;
import static org.fklab.migrations.TestDatabases.columns;
import static org.fklab.migrations.TestDatabases.tables;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.Jdbc;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.history.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning on the built-ins plus two branches from 0004 (0005_a, 0005_b) joined by 0006_merge. */
class MigratorPlanTest {

    private static final String B1 = "0001_create_band";
    private static final String B2 = "0002_create_listing";
    private static final String B3 = "0003_listing_band";
    private static final String B4 = "0004_create_author_book";

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();

    private Migrator migrator() {
        return new Migrator(database, MigrationCatalog.withWorkspace(folder));
    }

    private void branches() {
        addColumn(folder, "0005_a", "band", "genre_a", B4);
        addColumn(folder, "0005_b", "band", "genre_b", B4);
        empty(folder, "0006_merge", "0005_a", "0005_b");
    }

    private void migrateTo(String target) {
        Migrator migrator = migrator();
        migrator.execute(migrator.planTo(target));
    }

    private static List<String> names(List<Migration> migrations) {
        return migrations.stream().map(Migration::name).toList();
    }

    @Test
    void planToABranchOnAnEmptyDatabaseAppliesItsAncestorsOnly() throws Exception {
        branches();

        MigrationPlan plan = migrator().planTo("0005_b");

        assertThat(plan.target()).isEqualTo("0005_b");
        assertThat(plan.unapply()).isEmpty();
        assertThat(names(plan.apply())).containsExactly(B1, B2, B3, B4, "0005_b");

        migrator().execute(plan);
        assertThat(migrator().applied()).containsExactly(B1, B2, B3, B4, "0005_b");
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "GENRE_B");
    }

    @Test
    void planToTheMergeFromOneBranchAppliesTheOtherBranchThenTheMerge() {
        branches();
        migrateTo("0005_a");

        MigrationPlan plan = migrator().planTo("0006");

        assertThat(plan.target()).isEqualTo("0006_merge");
        assertThat(plan.unapply()).isEmpty();
        assertThat(names(plan.apply())).containsExactly("0005_b", "0006_merge");
    }

    @Test
    void planToTheOtherBranchLeavesTheFirstBranchApplied() throws Exception {
        branches();
        migrateTo("0005_a");

        MigrationPlan plan = migrator().planTo("0005_b");

        assertThat(plan.unapply()).isEmpty();
        assertThat(names(plan.apply())).containsExactly("0005_b");
        migrator().execute(plan);
        assertThat(migrator().applied()).containsExactly(B1, B2, B3, B4, "0005_a", "0005_b");
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "GENRE_A", "GENRE_B");
    }

    @Test
    void planToOneBranchFromTheMergeUnappliesOnlyTheMerge() throws Exception {
        branches();
        migrateTo("0006_merge");

        MigrationPlan plan = migrator().planTo("0005_a");

        assertThat(names(plan.unapply())).containsExactly("0006_merge");
        assertThat(plan.apply()).isEmpty();
        migrator().execute(plan);
        assertThat(migrator().applied()).containsExactly(B1, B2, B3, B4, "0005_a", "0005_b");
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "GENRE_A", "GENRE_B");
    }

    @Test
    void planToTheForkFromTheMergeUnappliesBothBranchesNewestFirst() throws Exception {
        branches();
        migrateTo("0006_merge");

        MigrationPlan plan = migrator().planTo("0004");

        assertThat(names(plan.unapply())).containsExactly("0006_merge", "0005_b", "0005_a");
        assertThat(plan.apply()).isEmpty();
        migrator().execute(plan);
        assertThat(migrator().applied()).containsExactly(B1, B2, B3, B4);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
    }

    @Test
    void branchesAppliedInTheOtherOrderStillUnapplyCleanly() throws Exception {
        // given: 0005_b applied before 0005_a, so graph order and applied order differ
        branches();
        migrateTo("0005_b");
        migrateTo("0005_a");
        assertThat(migrator().applied()).containsExactly(B1, B2, B3, B4, "0005_b", "0005_a");

        // when
        MigrationPlan plan = migrator().planTo(B4);
        migrator().execute(plan);

        // then
        assertThat(names(plan.unapply())).containsExactly("0005_b", "0005_a");
        assertThat(migrator().applied()).containsExactly(B1, B2, B3, B4);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
    }

    @Test
    void planToAnAncestorUnappliesOnlyTheAppliedDescendants() {
        branches();
        migrateTo("0005_a");

        MigrationPlan plan = migrator().planTo(B3);

        assertThat(names(plan.unapply())).containsExactly("0005_a", B4);
        assertThat(plan.apply()).isEmpty();
    }

    @Test
    void planToWhatIsAlreadyReachedIsEmpty() {
        branches();
        migrateTo("0005_b");

        MigrationPlan plan = migrator().planTo("0005_b");

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.target()).isEqualTo("0005_b");
    }

    @Test
    void planToZeroUnappliesEverythingAppliedNewestFirst() throws Exception {
        branches();
        migrateTo("0006_merge");

        MigrationPlan plan = migrator().planTo(Migrator.ZERO);

        assertThat(plan.target()).isEqualTo("zero");
        assertThat(names(plan.unapply())).containsExactly("0006_merge", "0005_b", "0005_a", B4, B3, B2, B1);
        assertThat(plan.apply()).isEmpty();
        migrator().execute(plan);
        assertThat(migrator().applied()).isEmpty();
        assertThat(tables(database)).isEmpty();
    }

    @Test
    void planToZeroLeavesOutWhatIsNotApplied() {
        branches();
        migrateTo("0005_b");

        assertThat(names(migrator().planTo("zero").unapply())).containsExactly("0005_b", B4, B3, B2, B1);
    }

    @Test
    void planToZeroOnANewDatabaseIsEmpty() {
        assertThat(migrator().planTo(Migrator.ZERO).isEmpty()).isTrue();
        assertThat(Migrator.neverMigrated(database)).isTrue();
    }

    @Test
    void planToAnUnknownTargetIsRefused() {
        assertThatThrownBy(() -> migrator().planTo("0009")).isInstanceOf(MigrationException.class)
                .hasMessageContaining("No migration is named or starts with '0009'");
    }

    @Test
    void planToLeafRefusesTwoLeavesNamingBothAndTheMerge() {
        addColumn(folder, "0005_a", "band", "genre_a", B4);
        addColumn(folder, "0005_b", "band", "genre_b", B4);

        assertThatThrownBy(() -> migrator().planToLeaf()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("The migrations have branched: 0005_a and 0005_b each build on earlier"
                        + " migrations")
                .hasMessageContaining("Run 'makemigrations --merge' to join them, or 'migrate NAME'");
    }

    @Test
    void planToLeafGoesToTheMergeOnceTheBranchesAreJoined() {
        branches();

        MigrationPlan plan = migrator().planToLeaf();

        assertThat(plan.target()).isEqualTo("0006_merge");
        assertThat(names(plan.apply())).containsExactly(B1, B2, B3, B4, "0005_a", "0005_b", "0006_merge");
    }

    @Test
    void executeTellsProgressAboutEveryStepInOrder() {
        branches();
        migrateTo("0005_a");
        List<String> heard = new java.util.ArrayList<>();
        Migrator.Progress progress = new Migrator.Progress() {
            @Override
            public void starting(Migration migration, boolean applying) {
                heard.add((applying ? "apply " : "unapply ") + migration.name());
            }

            @Override
            public void finished(Migration migration, boolean applying, long millis) {
                heard.add("done " + migration.name());
            }
        };

        migrator().execute(migrator().planTo("0005_b"), progress);
        migrator().execute(migrator().planTo("0004"), progress);

        assertThat(heard).containsExactly("apply 0005_b", "done 0005_b", "unapply 0005_b", "done 0005_b",
                "unapply 0005_a", "done 0005_a");
    }

    @Test
    void aMigrationWhoseSecondChangeSetFailsIsUndoneAndNotApplied() throws Exception {
        // given: the second changeSet adds a column to a table that does not exist
        Path file = Changelogs.write(folder, "0005_two", List.of(B4), addColumnChange("band", "extra"),
                addColumnChange("nosuch", "other"));
        migrateTo(B4);
        Migrator migrator = migrator();

        // when / then
        assertThatThrownBy(() -> migrator.apply(migrator.graph().get("0005_two")))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Migration 0005_two failed at 'add column nosuch.other': ")
                .hasMessageContaining("nosuch")
                .hasMessageContaining("Its first change was undone, so the database is as it was before.")
                .hasMessageEndingWith("Fix " + file + " and run migrate again.");
        assertThat(migrator.applied()).containsExactly(B1, B2, B3, B4);
        assertThat(AppliedChangeSets.read(database)).doesNotContainKey("0005_two");
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
        assertThat(migrator.history().entries()).extracting(HistoryEntry::migration).doesNotContain("0005_two");
    }

    @Test
    void aMigrationFailingAtItsThirdChangeSetUndoesBothBefore() throws Exception {
        Changelogs.write(folder, "0005_three", List.of(B4), addColumnChange("band", "one"),
                addColumnChange("band", "two"), addColumnChange("band", "name"));
        migrateTo(B4);
        Migrator migrator = migrator();

        assertThatThrownBy(() -> migrator.apply(migrator.graph().get("0005_three")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed at 'add column band.name'")
                .hasMessageContaining("Its first 2 changes were undone");
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
        assertThat(migrator.applied()).doesNotContain("0005_three");
    }

    /** 0005_two (columns c1, c2) with only its first changeSet applied, as a killed migrate leaves it; 0006_after builds on it. */
    private void interruptedMigration() throws Exception {
        Changelogs.write(folder, "0005_two", List.of(B4), addColumnChange("band", "c1"), addColumnChange("band", "c2"));
        addColumn(folder, "0006_after", "band", "c3", "0005_two");
        migrateTo("0005_two");
        Jdbc.update(database, "ALTER TABLE band DROP COLUMN c2");
        Jdbc.update(database, "DELETE FROM DATABASECHANGELOG WHERE ID = '0005_two-2'");
        assertThat(AppliedChangeSets.read(database)).containsEntry("0005_two", 1);
    }

    @Test
    void planToAnInterruptedMigrationFinishesIt() throws Exception {
        interruptedMigration();

        MigrationPlan plan = migrator().planTo("0005_two");

        assertThat(plan.unapply()).isEmpty();
        assertThat(names(plan.apply())).containsExactly("0005_two");
        migrator().execute(plan);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "C1", "C2");
        assertThat(AppliedChangeSets.read(database)).containsEntry("0005_two", 2);
    }

    @Test
    void planPastAnInterruptedMigrationFinishesItFirst() throws Exception {
        interruptedMigration();

        MigrationPlan plan = migrator().planTo("0006_after");

        assertThat(names(plan.apply())).containsExactly("0005_two", "0006_after");
        migrator().execute(plan);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "C1", "C2", "C3");
    }

    @Test
    void planBelowAnInterruptedMigrationUnappliesWhatItDid() throws Exception {
        interruptedMigration();

        MigrationPlan plan = migrator().planTo(B4);

        assertThat(names(plan.unapply())).containsExactly("0005_two");
        assertThat(plan.apply()).isEmpty();
        migrator().execute(plan);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
        assertThat(migrator().applied()).containsExactly(B1, B2, B3, B4);
    }

    @Test
    void planToZeroUnappliesAnInterruptedMigrationToo() throws Exception {
        interruptedMigration();

        assertThat(names(migrator().planTo("zero").unapply())).containsExactly("0005_two", B4, B3, B2, B1);
    }
}
