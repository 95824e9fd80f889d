package org.fklab.migrations.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.Jdbc;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.apply.MigrationPlan;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.make.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a plan would destroy, counted on a migrated database before it runs. */
class DataLossCounterTest {

    private static final String B3 = "0003_listing_band";
    private static final String B4 = "0004_create_author_book";

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();
    private Migrations migrations;

    @BeforeEach
    void migrateTheBuiltIns() {
        migrations = new Migrations(database, MigrationCatalog.withWorkspace(folder));
        migrateToLeaf();
    }

    private Migrator migrator() {
        return new Migrator(database, MigrationCatalog.withWorkspace(folder));
    }

    private void migrateToLeaf() {
        migrator().execute(migrator().planToLeaf());
    }

    private List<DataLoss> costOfPlanTo(String target) {
        return migrations.cost(migrator().planTo(target));
    }

    private void insertListings(int linked, int unlinked) throws Exception {
        Jdbc.update(database, "INSERT INTO band (name) VALUES ('Cut Copy')");
        for (int i = 0; i < linked; i++) {
            Jdbc.update(database, "INSERT INTO listing (title, band_id) SELECT 'poster " + i + "', id FROM band");
        }
        for (int i = 0; i < unlinked; i++) {
            Jdbc.update(database, "INSERT INTO listing (title) VALUES ('t-shirt " + i + "')");
        }
    }

    @Test
    void unapplyingAuthorsAndBooksReportsBothTablesWithTheirRows() throws Exception {
        Jdbc.update(database, "INSERT INTO author (name) VALUES ('Ann'), ('Bo')");
        Jdbc.update(database, "INSERT INTO book (title, author_id) SELECT 'Book of ' || name, id FROM author");
        Jdbc.update(database, "INSERT INTO book (title, author_id) SELECT 'More', MIN(id) FROM author");

        List<DataLoss> losses = costOfPlanTo(B3);

        assertThat(losses).containsExactly(new DataLoss(B4, "author", null, 2), new DataLoss(B4, "book", null, 3));
        assertThat(losses).extracting(DataLoss::describe).containsExactly(
                "0004_create_author_book drops table author: 2 rows lost",
                "0004_create_author_book drops table book: 3 rows lost");
        assertThat(losses.get(0).wholeTable()).isTrue();
    }

    @Test
    void unapplyingTheBandLinkCountsTheNonNullBandIds() throws Exception {
        insertListings(2, 1);

        List<DataLoss> losses = costOfPlanTo("0002");

        assertThat(losses).containsExactly(new DataLoss(B3, "listing", "band_id", 2));
        assertThat(losses.get(0).wholeTable()).isFalse();
    }

    @Test
    void oneValueIsSingular() throws Exception {
        insertListings(1, 0);

        assertThat(costOfPlanTo("0002")).extracting(DataLoss::describe)
                .containsExactly("0003_listing_band drops listing.band_id: 1 non-null value lost");
    }

    @Test
    void aColumnWithOnlyNullsLosesNothing() throws Exception {
        insertListings(0, 3);

        assertThat(costOfPlanTo("0002")).isEmpty();
    }

    @Test
    void emptyTablesGiveNoLossEntries() {
        assertThat(costOfPlanTo(Migrator.ZERO)).isEmpty();
    }

    @Test
    void unapplyingEverythingReportsEveryTableWithRows() throws Exception {
        insertListings(2, 1);

        assertThat(costOfPlanTo(Migrator.ZERO)).containsExactly(
                new DataLoss(B3, "listing", "band_id", 2),
                new DataLoss("0002_create_listing", "listing", null, 3),
                new DataLoss("0001_create_band", "band", null, 1));
    }

    @Test
    void applyingADropColumnMigrationReportsItsValues() throws Exception {
        insertListings(2, 1);
        String drop = migrations.make(null, List.of(), new Operation.DropColumn("listing", "title")).name();

        MigrationPlan plan = migrator().planToLeaf();
        List<DataLoss> losses = migrations.cost(plan);

        assertThat(losses).containsExactly(new DataLoss(drop, "listing", "title", 3));
        assertThat(losses.get(0).describe()).isEqualTo("0005_remove_listing_title drops listing.title: 3 non-null values lost");
    }

    @Test
    void applyingADropTableMigrationReportsItsRows() throws Exception {
        Jdbc.update(database, "INSERT INTO author (name) VALUES ('Ann')");
        Jdbc.update(database, "INSERT INTO book (title, author_id) SELECT 'One', id FROM author");
        Changelogs.write(folder, "0005_drop_book", List.of(B4), "        - dropTable:\n            tableName: book\n");

        assertThat(migrations.cost(migrator().planToLeaf())).containsExactly(new DataLoss("0005_drop_book", "book", null, 1));
    }

    @Test
    void applyingAMigrationThatOnlyAddsLosesNothing() throws Exception {
        insertListings(2, 1);
        migrations.make(null, List.of(), new Operation.AddColumn("listing", "price", "integer", false, null));

        assertThat(migrations.cost(migrator().planToLeaf())).isEmpty();
    }

    @Test
    void unapplyingARenameLosesNothingBecauseTheValuesAreRenamedBack() throws Exception {
        // given: band.name renamed to band.title, with values
        Jdbc.update(database, "INSERT INTO band (name) VALUES ('De La Soul'), ('Cut Copy')");
        migrations.make(null, List.of(), new Operation.RenameColumn("band", "name", "title"));
        migrateToLeaf();

        // when
        List<DataLoss> losses = costOfPlanTo(B4);

        // then: unapplying renames title back to name, values and all
        assertThat(losses).isEmpty();
    }
}
