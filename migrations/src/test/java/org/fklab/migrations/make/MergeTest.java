package org.fklab.migrations.make;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.TestDatabases.columns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.apply.MigrationPlan;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.Change;
import org.fklab.migrations.graph.Migration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** makemigrations --merge: joins two branches made from 0004, unless they change the same thing. */
class MergeTest {

    private static final String B4 = "0004_create_author_book";

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();
    private Migrations migrations;

    @BeforeEach
    void migrateTheBuiltIns() {
        Migrator migrator = new Migrator(database, MigrationCatalog.withWorkspace(folder));
        migrator.execute(migrator.planToLeaf());
        migrations = new Migrations(database, MigrationCatalog.withWorkspace(folder));
    }

    private void branches(Operation a, Operation b) {
        migrations.make("a", List.of(B4), a);
        migrations.make("b", List.of(B4), b);
    }

    private void migrateTo(String target) {
        migrations.execute(migrations.plan(Optional.of(target)), Migrator.Progress.SILENT);
    }

    @Test
    void branchesAddingDifferentColumnsMergeIntoAnEmptyMigration() throws Exception {
        // given
        branches(new Operation.AddColumn("band", "genre", "varchar(50)", false, null),
                new Operation.AddColumn("listing", "price", "integer", false, null));

        // when
        MigrationMaker.Written merge = migrations.merge();

        // then
        assertThat(merge.name()).isEqualTo("0006_merge_0005_a_0005_b");
        assertThat(merge.file()).isEqualTo(folder.resolve("0006_merge_0005_a_0005_b.yaml"));
        assertThat(Files.readString(merge.file())).isEqualTo(merge.text());
        Migration loaded = migrations.graph().get(merge.name());
        assertThat(loaded.parents()).containsExactly("0005_a", "0005_b");
        assertThat(loaded.merge()).isTrue();
        assertThat(loaded.changeSets()).isEqualTo(1);
        assertThat(loaded.changes()).extracting(Change::type).containsExactly("empty");
        assertThat(migrations.graph().leaves()).extracting(Migration::name).containsExactly(merge.name());
    }

    @Test
    void theMergeAppliesWithBothBranchesAndUnappliesAlone() throws Exception {
        branches(new Operation.AddColumn("band", "genre", "varchar(50)", false, null),
                new Operation.AddColumn("listing", "price", "integer", false, null));
        String merge = migrations.merge().name();

        MigrationPlan plan = migrations.plan(Optional.empty());
        assertThat(plan.target()).isEqualTo(merge);
        assertThat(plan.apply()).extracting(Migration::name).containsExactly("0005_a", "0005_b", merge);
        migrations.execute(plan, Migrator.Progress.SILENT);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "GENRE");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID", "PRICE");
        assertThat(migrations.status()).allMatch(Migrations.Status::applied);

        migrateTo("0005_b");
        assertThat(migrations.status()).filteredOn(s -> s.applied()).extracting(s -> s.migration().name())
                .contains("0005_a", "0005_b").doesNotContain(merge);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "GENRE");

        migrateTo(B4);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");
    }

    @Test
    void aMigrationMadeAfterTheMergeBuildsOnIt() {
        branches(new Operation.AddColumn("band", "genre", "varchar(50)", false, null),
                new Operation.AddColumn("listing", "price", "integer", false, null));
        migrations.merge();

        MigrationMaker.Written next = migrations.make(null, List.of(), new Operation.AddIndex("band", "name"));

        assertThat(next.name()).isEqualTo("0007_index_band_name");
        assertThat(migrations.graph().get(next.name()).parents()).containsExactly("0006_merge_0005_a_0005_b");
    }

    @Test
    void branchesAddingTheSameColumnCannotMerge() {
        branches(new Operation.AddColumn("band", "genre", "varchar(50)", false, null),
                new Operation.AddColumn("band", "genre", "varchar(20)", false, null));

        assertThatThrownBy(() -> migrations.merge()).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Cannot merge: Both branches change band.genre: 0005_a does 'add column"
                        + " band.genre' and 0005_b does 'add column band.genre'.")
                .hasMessageContaining("Keep one of them")
                .hasMessageContaining("'migrate " + B4 + "'");
        assertThat(folder.resolve("0006_merge_0005_a_0005_b.yaml")).doesNotExist();
    }

    @Test
    void aRenameOnOneBranchAndADropOfTheSameColumnOnTheOtherCannotMerge() {
        branches(new Operation.RenameColumn("listing", "title", "name"), new Operation.DropColumn("listing", "title"));

        assertThatThrownBy(() -> migrations.merge()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Both branches change listing.title")
                .hasMessageContaining("0005_a does 'rename column listing.title to name'")
                .hasMessageContaining("0005_b does 'drop column listing.title'");
    }

    @Test
    void branchesCreatingTheSameTableCannotMerge() {
        branches(new Operation.CreateTable("genre"), new Operation.CreateTable("genre"));

        assertThatThrownBy(() -> migrations.merge()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Both branches change table genre")
                .hasMessageContaining("0005_a does 'create table genre'")
                .hasMessageContaining("0005_b does 'create table genre'");
    }

    @Test
    void aTableOnOneBranchAndAColumnOnItOnTheOtherCannotMerge() {
        migrations.make("a", List.of(B4), new Operation.CreateTable("genre"));
        migrations.make("c", List.of("0005_a"), new Operation.AddColumn("genre", "name", "varchar(20)", false, null));
        migrations.make("b", List.of(B4), new Operation.CreateTable("genre"));

        assertThatThrownBy(() -> migrations.merge()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Both branches change table genre");
    }

    @Test
    void branchesAddingTheSameIndexCannotMerge() {
        branches(new Operation.AddIndex("listing", "title"), new Operation.AddIndex("listing", "title"));

        assertThatThrownBy(() -> migrations.merge()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Both branches change listing.title: 0005_a does 'add index ix_listing_title on"
                        + " listing.title' and 0005_b does 'add index ix_listing_title on listing.title'");
    }

    @Test
    void branchesNamingTheSameConstraintOnDifferentColumnsCannotMerge() {
        // given: book.band_id and book.band both make a key named fk_book_band
        branches(new Operation.AddForeignKey("book", "band_id", "band", "cascade", false, null),
                new Operation.AddForeignKey("book", "band", "band", "cascade", false, null));

        assertThatThrownBy(() -> migrations.merge()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Both branches change fk_book_band: 0005_a does 'add foreign key fk_book_band"
                        + " book.band_id → band ON DELETE CASCADE' and 0005_b does 'add foreign key fk_book_band"
                        + " book.band → band ON DELETE CASCADE'");
    }

    @Test
    void threeBranchesMergeIntoOneMigrationNamingAllThree() {
        migrations.make("a", List.of(B4), new Operation.AddColumn("band", "genre", "varchar(50)", false, null));
        migrations.make("b", List.of(B4), new Operation.AddColumn("listing", "price", "integer", false, null));
        migrations.make("c", List.of(B4), new Operation.CreateTable("genre"));

        MigrationMaker.Written merge = migrations.merge();

        assertThat(merge.name()).isEqualTo("0006_merge_0005_a_0005_b_0005_c");
        assertThat(migrations.graph().get(merge.name()).parents()).containsExactly("0005_a", "0005_b", "0005_c");
    }

    @Test
    void theMergeIsNumberedOnePastTheHighestLeaf() {
        migrations.make("a", List.of(B4), new Operation.AddColumn("band", "genre", "varchar(50)", false, null));
        migrations.make("later", List.of("0005_a"), new Operation.AddIndex("band", "genre"));
        migrations.make("b", List.of(B4), new Operation.AddColumn("listing", "price", "integer", false, null));

        assertThat(migrations.merge().name()).isEqualTo("0007_merge_0005_b_0006_later");
    }

    @Test
    void withOneLeafThereIsNothingToMerge() {
        assertThatThrownBy(() -> migrations.merge()).isInstanceOf(MigrationException.class)
                .hasMessage("There is nothing to merge: the migrations form one line ending at " + B4 + ".");
    }

    @Test
    void whatTheBranchesShareBeforeTheForkIsNoConflict() throws Exception {
        // given: both branches build on 0005_common, which adds band.genre
        migrations.make("common", List.of(B4), new Operation.AddColumn("band", "genre", "varchar(50)", false, null));
        migrations.make("a", List.of("0005_common"), new Operation.AddIndex("band", "genre"));
        migrations.make("b", List.of("0005_common"), new Operation.AddColumn("listing", "price", "integer", false, null));

        // when
        MigrationMaker.Written merge = migrations.merge();

        // then
        assertThat(merge.name()).isEqualTo("0007_merge_0006_a_0006_b");
        migrations.execute(migrations.plan(Optional.empty()), Migrator.Progress.SILENT);
        assertThat(TestDatabases.indexes(database, "BAND")).contains("IX_BAND_GENRE");
        assertThat(columns(database, "LISTING")).contains("PRICE");
    }
}
