package org.fklab.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.TestDatabases.columns;
import static org.fklab.migrations.TestDatabases.foreignKeys;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.apply.MigrationPlan;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.cost.DataLoss;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.history.HistoryEntry;
import org.fklab.migrations.make.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Band/Listing lesson on one database: listings get a band (a foreign key, ON DELETE SET NULL), the
 * link is rolled back and re-applied, then two branches are made, refused, merged and migrated.
 */
class BandListingStoryTest {

    private static final String FK_SET_NULL = "FK_LISTING_BAND BAND_ID->BAND rule=" + DatabaseMetaData.importedKeySetNull;

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();
    private Migrations migrations;

    @BeforeEach
    void openTheWorkspace() {
        migrations = new Migrations(database, MigrationCatalog.withWorkspace(folder));
    }

    private MigrationPlan migrate(String target) {
        MigrationPlan plan = migrations.plan(Optional.ofNullable(target));
        migrations.execute(plan, Migrator.Progress.SILENT);
        return plan;
    }

    private static List<String> names(List<Migration> migrations) {
        return migrations.stream().map(Migration::name).toList();
    }

    private List<String> listingsWithBands() throws Exception {
        return Jdbc.column(database, "SELECT l.title || ' | ' || COALESCE(b.name, 'NULL') FROM listing l"
                + " LEFT JOIN band b ON b.id = l.band_id ORDER BY l.id");
    }

    private void link(String title, String band) throws Exception {
        Jdbc.update(database, "UPDATE listing SET band_id = (SELECT id FROM band WHERE name = '" + band + "')"
                + " WHERE title = '" + title + "'");
    }

    @Test
    void linkingListingsToBandsRollingBackBranchingAndMerging() throws Exception {
        // given: bands and listings, not linked yet (0002)
        assertThat(names(migrate("0002").apply())).containsExactly("0001_create_band", "0002_create_listing");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE");
        for (String band : List.of("De La Soul", "Foo Fighters", "Cut Copy")) {
            Jdbc.update(database, "INSERT INTO band (name) VALUES ('" + band + "')");
        }
        for (String title : List.of("Cut Copy t-shirt", "De La Soul tour poster", "Foo Fighters single poster")) {
            Jdbc.update(database, "INSERT INTO listing (title) VALUES ('" + title + "')");
        }

        // when: migrate adds the foreign key
        MigrationPlan addBand = migrate("0003");

        // then: band_id exists, empty, ON DELETE SET NULL
        assertThat(addBand.unapply()).isEmpty();
        assertThat(names(addBand.apply())).containsExactly("0003_listing_band");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");
        assertThat(foreignKeys(database, "LISTING")).containsExactly(FK_SET_NULL);
        assertThat(Jdbc.count(database, "SELECT COUNT(band_id) FROM listing")).isZero();

        // when: each listing is linked to its band
        link("Cut Copy t-shirt", "Cut Copy");
        link("De La Soul tour poster", "De La Soul");
        link("Foo Fighters single poster", "Foo Fighters");

        // then
        assertThat(listingsWithBands()).containsExactly("Cut Copy t-shirt | Cut Copy",
                "De La Soul tour poster | De La Soul", "Foo Fighters single poster | Foo Fighters");
        assertThatThrownBy(() -> Jdbc.update(database, "UPDATE listing SET band_id = 99 WHERE id = 1"))
                .isInstanceOf(SQLIntegrityConstraintViolationException.class);

        // when: a band is deleted, its listing stays without a band
        Jdbc.update(database, "DELETE FROM band WHERE name = 'De La Soul'");
        assertThat(listingsWithBands()).containsExactly("Cut Copy t-shirt | Cut Copy",
                "De La Soul tour poster | NULL", "Foo Fighters single poster | Foo Fighters");
        assertThat(Jdbc.column(database, "SELECT band_id FROM listing WHERE title = 'De La Soul tour poster'"))
                .containsExactly((String) null);

        // when: rolling back to 0002, fklab first counts what goes
        MigrationPlan rollback = migrations.plan(Optional.of("0002"));
        assertThat(names(rollback.unapply())).containsExactly("0003_listing_band");
        assertThat(rollback.apply()).isEmpty();
        List<DataLoss> cost = migrations.cost(rollback);
        assertThat(cost).containsExactly(new DataLoss("0003_listing_band", "listing", "band_id", 2));
        assertThat(cost.get(0).describe()).isEqualTo("0003_listing_band drops listing.band_id: 2 non-null values lost");
        migrations.execute(rollback, Migrator.Progress.SILENT);

        // then: the column and its key are gone, the listings stay
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE");
        assertThat(foreignKeys(database, "LISTING")).isEmpty();
        assertThat(Jdbc.count(database, "SELECT COUNT(*) FROM listing")).isEqualTo(3);

        // when: re-applied, the column comes back empty
        migrate("0003");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");
        assertThat(foreignKeys(database, "LISTING")).containsExactly(FK_SET_NULL);
        assertThat(Jdbc.count(database, "SELECT COUNT(band_id) FROM listing")).isZero();

        // when: two people each make a migration on top of 0004
        assertThat(migrate(null).target()).isEqualTo("0004_create_author_book");
        String bandGenre = migrations.make("band_genre", List.of("0004"),
                new Operation.AddColumn("band", "genre", "varchar(50)", false, null)).name();
        String listingPrice = migrations.make("listing_price", List.of("0004"),
                new Operation.AddColumn("listing", "price", "integer", false, null)).name();
        assertThat(bandGenre).isEqualTo("0005_band_genre");
        assertThat(listingPrice).isEqualTo("0005_listing_price");

        // then: migrate does not know where to go
        assertThatThrownBy(() -> migrations.plan(Optional.empty())).isInstanceOf(MigrationException.class)
                .hasMessageContaining("0005_band_genre and 0005_listing_price")
                .hasMessageContaining("'makemigrations --merge'");

        // when: merged
        String merge = migrations.merge().name();
        assertThat(merge).isEqualTo("0006_merge_0005_band_genre_0005_listing_price");

        // then: one branch can be migrated alone
        MigrationPlan oneBranch = migrate("0005_band");
        assertThat(names(oneBranch.apply())).containsExactly("0005_band_genre");
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "GENRE");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");

        // and migrate goes on to the merge
        MigrationPlan toMerge = migrate(null);
        assertThat(toMerge.target()).isEqualTo(merge);
        assertThat(names(toMerge.apply())).containsExactly("0005_listing_price", merge);
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID", "PRICE");
        assertThat(migrations.status()).allMatch(Migrations.Status::applied).hasSize(7);
        assertThat(migrations.history()).extracting(e -> e.action() + " " + e.migration()).containsExactly(
                "APPLIED 0001_create_band", "APPLIED 0002_create_listing", "APPLIED 0003_listing_band",
                "UNAPPLIED 0003_listing_band", "APPLIED 0003_listing_band", "APPLIED 0004_create_author_book",
                "APPLIED 0005_band_genre", "APPLIED 0005_listing_price", "APPLIED " + merge);
        assertThat(migrations.history()).extracting(HistoryEntry::at).doesNotContainNull();
    }
}
