package org.fklab.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.make.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's read-only commands: status, sqlmigrate and what a pending migration would create. */
class MigrationsTest {

    private static final List<String> FORWARDS_0003 = List.of(
            "-- 0003_listing_band-1: add column listing.band_id",
            "ALTER TABLE PUBLIC.listing ADD band_id BIGINT;",
            "-- 0003_listing_band-2: add foreign key fk_listing_band",
            "ALTER TABLE PUBLIC.listing ADD CONSTRAINT fk_listing_band FOREIGN KEY (band_id) REFERENCES PUBLIC.band (id)"
                    + " ON DELETE SET NULL;",
            "-- 0003_listing_band-3: add index ix_listing_band_id",
            "CREATE INDEX PUBLIC.ix_listing_band_id ON PUBLIC.listing(band_id);");

    private static final List<String> BACKWARDS_0003 = List.of(
            "-- undo 0003_listing_band-3: add index ix_listing_band_id",
            "DROP INDEX PUBLIC.ix_listing_band_id;",
            "-- undo 0003_listing_band-2: add foreign key fk_listing_band",
            "ALTER TABLE PUBLIC.listing DROP CONSTRAINT fk_listing_band;",
            "-- undo 0003_listing_band-1: add column listing.band_id",
            "ALTER TABLE PUBLIC.listing DROP COLUMN band_id;");

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();
    private Migrations migrations;

    @BeforeEach
    void openTheWorkspace() {
        migrations = new Migrations(database, MigrationCatalog.withWorkspace(folder));
    }

    private void migrate(String target) {
        migrations.execute(migrations.plan(Optional.ofNullable(target)), Migrator.Progress.SILENT);
    }

    // sqlmigrate

    @Test
    void sqlOfTheBandLinkAddsColumnKeyAndIndexEachUnderItsChangeSet() {
        assertThat(migrations.sql("0003", false)).containsExactlyElementsOf(FORWARDS_0003);
    }

    @Test
    void sqlBackwardsDropsIndexThenKeyThenColumn() {
        assertThat(migrations.sql("0003_listing_band", true)).containsExactlyElementsOf(BACKWARDS_0003);
    }

    @Test
    void sqlIsTheSameWhetherOrNotTheMigrationIsAppliedAndChangesNothing() throws Exception {
        migrate("0002");
        List<String> beforeApplying = migrations.sql("0003", false);
        List<String> beforeApplyingBackwards = migrations.sql("0003", true);
        migrate("0003");

        assertThat(beforeApplying).isEqualTo(FORWARDS_0003);
        assertThat(beforeApplyingBackwards).isEqualTo(BACKWARDS_0003);
        assertThat(migrations.sql("0003", false)).isEqualTo(FORWARDS_0003);
        assertThat(migrations.sql("0003", true)).isEqualTo(BACKWARDS_0003);
        assertThat(new Migrator(database, MigrationCatalog.withWorkspace(folder)).applied()).containsExactly(
                "0001_create_band", "0002_create_listing", "0003_listing_band");
        assertThat(TestDatabases.columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");
    }

    @Test
    void sqlOfAMergeSaysItHasNoSql() {
        Changelogs.addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        Changelogs.addColumn(folder, "0005_b", "band", "b", "0004_create_author_book");
        Changelogs.empty(folder, "0006_merge", "0005_a", "0005_b");

        assertThat(migrations.sql("0006", false)).containsExactly("-- 0006_merge-1",
                "-- (no SQL: this change only records that it ran)");
        assertThat(migrations.sql("0006", true)).containsExactly("-- undo 0006_merge-1",
                "-- (no SQL: this change only records that it ran)");
    }

    @Test
    void sqlOfAWrittenDropColumnUndoesWithItsOwnRollback() {
        migrate(null);
        String name = migrations.make(null, List.of(), new Operation.DropColumn("listing", "band_id")).name();

        List<String> backwards = migrations.sql(name, true);

        assertThat(backwards).filteredOn(line -> !line.startsWith("--")).containsExactly(
                "ALTER TABLE PUBLIC.listing ADD band_id BIGINT;",
                "CREATE INDEX PUBLIC.ix_listing_band_id ON PUBLIC.listing(band_id);",
                "ALTER TABLE PUBLIC.listing ADD CONSTRAINT fk_listing_band FOREIGN KEY (band_id) REFERENCES PUBLIC.band"
                        + " (id) ON DELETE SET NULL;");
        assertThat(backwards.get(0)).isEqualTo("-- undo " + name + "-3: drop column listing.band_id (undoing it brings"
                + " the column back empty)");
    }

    @Test
    void sqlOfAnUnknownMigrationIsRefused() {
        assertThatThrownBy(() -> migrations.sql("0042", false)).isInstanceOf(MigrationException.class)
                .hasMessageContaining("No migration is named or starts with '0042'");
    }

    // status

    @Test
    void statusListsEveryMigrationInOrderWithWhatIsApplied() {
        migrate("0002");

        assertThat(migrations.status()).extracting(s -> s.migration().name() + " " + s.appliedChangeSets() + " "
                + s.applied()).containsExactly("0001_create_band 1 true", "0002_create_listing 1 true",
                "0003_listing_band 0 false", "0004_create_author_book 0 false");
    }

    @Test
    void statusShowsAnInterruptedMigrationAsPartlyApplied() throws Exception {
        migrate("0003");
        Jdbc.update(database, "DELETE FROM DATABASECHANGELOG WHERE ID = '0003_listing_band-3'");

        Migrations.Status band = migrations.status().get(2);

        assertThat(band.migration().name()).isEqualTo("0003_listing_band");
        assertThat(band.appliedChangeSets()).isEqualTo(2);
        assertThat(band.partly()).isTrue();
        assertThat(band.applied()).isFalse();
        assertThat(migrations.status().get(1).partly()).isFalse();
    }

    // pendingCreating

    @Test
    void aPendingColumnNamesTheMigrationThatAddsIt() {
        migrate("0002");

        List<Migrations.Pending> pending = migrations.pendingCreating("band_id");

        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.migration().name()).isEqualTo("0003_listing_band");
            assertThat(p.table()).isEqualTo("listing");
            assertThat(p.column()).isEqualTo("band_id");
            assertThat(p.what()).isEqualTo("listing.band_id");
        });
        assertThat(migrations.pendingCreating("BAND_ID")).hasSize(1);
    }

    @Test
    void aPendingTableNamesTheMigrationThatCreatesIt() {
        migrate("0003");

        List<Migrations.Pending> pending = migrations.pendingCreating("author");

        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.migration().name()).isEqualTo("0004_create_author_book");
            assertThat(p.column()).isNull();
            assertThat(p.what()).isEqualTo("table author");
        });
    }

    @Test
    void nothingIsPendingOnceApplied() {
        migrate(null);

        assertThat(migrations.pendingCreating("band_id")).isEmpty();
        assertThat(migrations.pendingCreating("author")).isEmpty();
    }

    @Test
    void aNameNoMigrationCreatesIsNotPending() {
        assertThat(migrations.pendingCreating("genre")).isEmpty();
    }

    @Test
    void aPendingRenameNamesItsNewColumn() {
        migrate(null);
        String rename = migrations.make(null, List.of(), new Operation.RenameColumn("band", "name", "title")).name();

        assertThat(migrations.pendingCreating("title")).singleElement()
                .satisfies(p -> {
                    assertThat(p.migration().name()).isEqualTo(rename);
                    assertThat(p.what()).isEqualTo("band.title");
                });
    }
}
