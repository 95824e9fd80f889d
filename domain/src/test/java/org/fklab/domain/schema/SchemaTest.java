package org.fklab.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.band.Bands;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.listing.Listings;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.engine.DeleteRule;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void tablesListsTheFourTablesAndTheMigrationRecordsWithRowCounts() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");
            new Listings(sandbox, bands).add("Poster", Optional.of("Muse"));

            // when / then
            assertThat(new Schema(sandbox).tables())
                    .extracting(TableSummary::name, TableSummary::rows, TableSummary::liquibaseBookkeeping)
                    .containsExactly(
                            tuple("author", 0L, false),
                            tuple("band", 2L, false),
                            tuple("book", 0L, false),
                            tuple("databasechangelog", 9L, true),
                            tuple("databasechangeloglock", 1L, true),
                            tuple("fklab_migration_history", 4L, true),
                            tuple("listing", 1L, false));
        }
    }

    @Test
    void tableNamesLeaveOutLiquibasesTables() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThat(new Schema(sandbox).tableNames()).containsExactly("author", "band", "book", "listing");
        }
    }

    @Test
    void describeAllDescribesEveryLearnerTableWithItsKeysButNotLiquibasesTables() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SqlConsole(sandbox).run("CREATE TABLE tour (id BIGINT PRIMARY KEY, band_id BIGINT,"
                    + " CONSTRAINT fk_tour_band FOREIGN KEY (band_id) REFERENCES band(id) ON DELETE CASCADE)");

            List<TableDescription> all = new Schema(sandbox).describeAll();

            assertThat(all).extracting(TableDescription::name)
                    .containsExactly("author", "band", "book", "listing", "tour");
            assertThat(all.get(4).foreignKeys()).extracting(ForeignKeyInfo::parentTable, ForeignKeyInfo::deleteRule)
                    .containsExactly(tuple("band", DeleteRule.CASCADE));
            assertThat(all.get(1).referencedBy()).extracting(ForeignKeyInfo::childTable)
                    .containsExactly("listing", "tour");
            assertThat(all.get(3).primaryKey()).containsExactly("id");
        }
    }

    @Test
    void aTableWhoseNameHoldsQuotesAndMarkupIsCountedAndDescribed() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SqlConsole(sandbox).run("CREATE TABLE \"Café <&> \"\"Q\"\"\" (id BIGINT PRIMARY KEY)");
            new SqlConsole(sandbox).run("INSERT INTO \"Café <&> \"\"Q\"\"\" VALUES (1)");

            Schema schema = new Schema(sandbox);

            assertThat(schema.tables()).extracting(TableSummary::name, TableSummary::rows)
                    .contains(tuple("Café <&> \"Q\"", 1L));
            assertThat(schema.describeAll()).extracting(TableDescription::name).contains("Café <&> \"Q\"");
        }
    }

    @Test
    void describeListingShowsColumnsTypesAndNullability() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            TableDescription listing = new Schema(sandbox).describe("LISTING");

            assertThat(listing.name()).isEqualTo("listing");
            assertThat(listing.rows()).isZero();
            assertThat(listing.columns())
                    .extracting(ColumnInfo::name, ColumnInfo::type, ColumnInfo::nullable, ColumnInfo::identity)
                    .containsExactly(
                            tuple("id", "BIGINT", false, true),
                            tuple("title", "VARCHAR(100)", false, false),
                            tuple("band_id", "BIGINT", true, false));
            assertThat(listing.columns().get(1).maxLength()).isEqualTo(100);
            assertThat(listing.columns().get(2).maxLength()).isNull();
            assertThat(listing.primaryKey()).containsExactly("id");
        }
    }

    @Test
    void describeFindsTheTableRegardlessOfCase() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Schema schema = new Schema(sandbox);

            assertThat(schema.describe("listing").name()).isEqualTo("listing");
            assertThat(schema.describe(" Listing ").columns()).hasSize(3);
            assertThat(schema.describe("\"LISTING\"").name()).isEqualTo("listing");
        }
    }

    @Test
    void describeListingShowsItsForeignKeyToBandWithSetNull() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            TableDescription listing = new Schema(sandbox).describe("listing");

            assertThat(listing.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.name()).isEqualTo("fk_listing_band");
                assertThat(fk.childTable()).isEqualTo("listing");
                assertThat(fk.childColumn()).isEqualTo("band_id");
                assertThat(fk.parentTable()).isEqualTo("band");
                assertThat(fk.parentColumn()).isEqualTo("id");
                assertThat(fk.deleteRule()).isEqualTo(DeleteRule.SET_NULL);
                assertThat(fk.deleteRule().sql()).isEqualTo("SET NULL");
                assertThat(fk).hasToString("listing.band_id → band.id");
            });
            assertThat(listing.referencedBy()).isEmpty();
        }
    }

    @Test
    void describeBandShowsTheKeysThatPointAtIt() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            TableDescription band = new Schema(sandbox).describe("band");

            assertThat(band.foreignKeys()).isEmpty();
            assertThat(band.referencedBy()).extracting(ForeignKeyInfo::name, ForeignKeyInfo::childTable)
                    .containsExactly(tuple("fk_listing_band", "listing"));
            assertThat(band.columns()).extracting(ColumnInfo::name, ColumnInfo::type)
                    .containsExactly(tuple("id", "BIGINT"), tuple("name", "VARCHAR(100)"));
        }
    }

    @Test
    void describeBookShowsTheCascadeAndTheNotNullAuthor() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            TableDescription book = new Schema(sandbox).describe("book");

            assertThat(book.foreignKeys()).extracting(ForeignKeyInfo::name, ForeignKeyInfo::deleteRule)
                    .containsExactly(tuple("fk_book_author", DeleteRule.CASCADE));
            assertThat(book.columns()).filteredOn(c -> c.name().equals("author_id"))
                    .singleElement().satisfies(c -> assertThat(c.nullable()).isFalse());
            assertThat(book.columns()).extracting(ColumnInfo::name)
                    .containsExactly("id", "title", "author_id", "created_at", "updated_at");
            assertThat(book.columns().get(3).type()).isEqualTo("TIMESTAMP");
            assertThat(book.columns().get(3).defaultValue()).isNotBlank();
        }
    }

    @Test
    void describeListingShowsTheMigrationsIndexOnBandId() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            TableDescription listing = new Schema(sandbox).describe("listing");

            assertThat(listing.indexes()).filteredOn(i -> i.name().equals("ix_listing_band_id"))
                    .singleElement().satisfies(index -> {
                        assertThat(index.columns()).containsExactly("band_id");
                        assertThat(index.unique()).isFalse();
                        assertThat(index.systemMade()).isFalse();
                    });
            assertThat(listing.indexes()).filteredOn(i -> i.columns().equals(listing.primaryKey()))
                    .singleElement().satisfies(index -> assertThat(index.unique()).isTrue());
        }
    }

    @Test
    void describeShowsAMultiColumnIndexInColumnOrder() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SqlConsole(sandbox).run("CREATE UNIQUE INDEX ux_listing_title_band ON listing (title, band_id)");

            TableDescription listing = new Schema(sandbox).describe("listing");

            assertThat(listing.indexes()).filteredOn(i -> i.name().equals("ux_listing_title_band"))
                    .singleElement().satisfies(index -> {
                        assertThat(index.columns()).containsExactly("title", "band_id");
                        assertThat(index.unique()).isTrue();
                    });
        }
    }

    @Test
    void describeCountsTheRows() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");
            bands.add("Oasis");

            assertThat(new Schema(sandbox).describe("band").rows()).isEqualTo(3L);
        }
    }

    @Test
    void describeOfAPluralNameSuggestsTheSingular() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Schema schema = new Schema(sandbox);

            assertThatThrownBy(() -> schema.describe("bands"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("There is no table named bands.")
                    .hasMessageContaining("Table names are singular here: band.");
        }
    }

    @Test
    void describeOfAnUnknownTableListsTheTables() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Schema schema = new Schema(sandbox);

            assertThatThrownBy(() -> schema.describe("merch"))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("There is no table named merch. The tables are: author, band, book, listing.");
        }
    }

    @Test
    void describeBeforeTheListingBandMigrationShowsNoBandIdAndNoKey() {
        try (Sandbox sandbox = TestSandbox.migratedTo("0002_create_listing")) {
            Schema schema = new Schema(sandbox);

            TableDescription listing = schema.describe("listing");

            assertThat(listing.columns()).extracting(ColumnInfo::name).containsExactly("id", "title");
            assertThat(listing.foreignKeys()).isEmpty();
            assertThat(schema.describe("band").referencedBy()).isEmpty();
            assertThat(schema.tableNames()).containsExactly("band", "listing");
        }
    }

    @Test
    void describeShowsAKeyALearnerAdded() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SqlConsole(sandbox).run("CREATE TABLE tour (id BIGINT PRIMARY KEY, band_id BIGINT,"
                    + " CONSTRAINT fk_tour_band FOREIGN KEY (band_id) REFERENCES band(id) ON DELETE CASCADE)");

            Schema schema = new Schema(sandbox);

            assertThat(schema.describe("tour").foreignKeys())
                    .extracting(ForeignKeyInfo::name, ForeignKeyInfo::deleteRule)
                    .containsExactly(tuple("fk_tour_band", DeleteRule.CASCADE));
            assertThat(schema.describe("band").referencedBy()).extracting(ForeignKeyInfo::name)
                    .containsExactly("fk_listing_band", "fk_tour_band");
        }
    }

    @Test
    void namesShowInLowerCaseUnlessTheyWereQuotedInMixedCase() {
        assertThat(Names.display("BAND_ID")).isEqualTo("band_id");
        assertThat(Names.display("BandId")).isEqualTo("BandId");
        assertThat(Names.stored("band")).isEqualTo("BAND");
        assertThat(Names.stored("\"Band\"")).isEqualTo("Band");
    }

    @Test
    void deleteRulesFromJdbcCodes() {
        assertThat(DeleteRule.fromJdbc(java.sql.DatabaseMetaData.importedKeyCascade)).isEqualTo(DeleteRule.CASCADE);
        assertThat(DeleteRule.fromJdbc(java.sql.DatabaseMetaData.importedKeySetNull)).isEqualTo(DeleteRule.SET_NULL);
        assertThat(DeleteRule.fromJdbc(java.sql.DatabaseMetaData.importedKeyNoAction)).isEqualTo(DeleteRule.NO_ACTION);
        assertThat(DeleteRule.RESTRICT.blocks()).isTrue();
        assertThat(DeleteRule.SET_NULL.blocks()).isFalse();
    }
}
