package org.fklab.migrations.make;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.TestDatabases.columns;
import static org.fklab.migrations.TestDatabases.foreignKeys;
import static org.fklab.migrations.TestDatabases.indexes;
import static org.fklab.migrations.TestDatabases.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.Jdbc;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.Change;
import org.fklab.migrations.graph.Migration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every makemigration operation, written, applied and unapplied through Liquibase on a migrated database. */
class MakeMigrationTest {

    private static final String B4 = "0004_create_author_book";
    private static final String SET_NULL = " rule=" + DatabaseMetaData.importedKeySetNull;
    private static final String CASCADE = " rule=" + DatabaseMetaData.importedKeyCascade;

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

    private MigrationMaker.Written make(Operation operation) {
        return migrations.make(null, List.of(), operation);
    }

    private void migrate() {
        migrations.execute(migrations.plan(Optional.empty()), Migrator.Progress.SILENT);
    }

    private void migrateTo(String target) {
        migrations.execute(migrations.plan(Optional.of(target)), Migrator.Progress.SILENT);
    }

    private Migration loaded(String name) {
        return migrations.graph().get(name);
    }

    private void insertBands(String... names) throws Exception {
        for (String name : names) {
            Jdbc.update(database, "INSERT INTO band (name) VALUES ('" + name + "')");
        }
    }

    private List<String> workspaceFiles() throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    // add-column

    @Test
    void addColumnWritesAMigrationOnTheLeafThatAppliesAndUnapplies() throws Exception {
        // when
        MigrationMaker.Written written = make(new Operation.AddColumn("band", "genre", "varchar(50)", false, null));

        // then: the file is a changelog the catalog reads, on top of 0004
        assertThat(written.name()).isEqualTo("0005_band_genre");
        assertThat(written.file()).isEqualTo(folder.resolve("0005_band_genre.yaml"));
        assertThat(written.notes()).isEmpty();
        assertThat(Files.readString(written.file())).isEqualTo(written.text());
        Migration migration = loaded("0005_band_genre");
        assertThat(migration.parents()).containsExactly(B4);
        assertThat(migration.changes()).extracting(Change::describe).containsExactly("add column band.genre");

        migrate();
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "GENRE");
        assertThat(Jdbc.nullable(database, "BAND", "GENRE")).isTrue();

        migrateTo(B4);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
    }

    @Test
    void addColumnNotNullWithADefaultFillsTheExistingRows() throws Exception {
        insertBands("De La Soul", "Foo Fighters");

        make(new Operation.AddColumn("band", "rank", "integer", true, "3"));
        migrate();

        assertThat(Jdbc.column(database, "SELECT rank FROM band ORDER BY id")).containsExactly("3", "3");
        assertThat(Jdbc.nullable(database, "BAND", "RANK")).isFalse();
        migrateTo(B4);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
        assertThat(Jdbc.column(database, "SELECT name FROM band ORDER BY id")).containsExactly("De La Soul",
                "Foo Fighters");
    }

    @Test
    void aTextDefaultWithQuotesSurvivesTheYaml() throws Exception {
        insertBands("Cut Copy");

        make(new Operation.AddColumn("band", "motto", "varchar(50)", true, "it's \"loud\": yes"));
        migrate();

        assertThat(Jdbc.column(database, "SELECT motto FROM band")).containsExactly("it's \"loud\": yes");
    }

    @Test
    void addColumnNotNullWithoutADefaultIsRefusedOnATableWithRows() throws Exception {
        insertBands("De La Soul", "Foo Fighters");

        assertThatThrownBy(() -> make(new Operation.AddColumn("band", "rank", "integer", true, null)))
                .isInstanceOf(MigrationException.class)
                .hasMessage("band has 2 rows, and a NOT NULL column needs a value in each. Give the value existing"
                        + " rows get with --default VALUE, or let the column be empty with --null.");
        assertThat(workspaceFiles()).isEmpty();
    }

    @Test
    void addColumnNotNullWithoutADefaultIsFineOnAnEmptyTable() throws Exception {
        make(new Operation.AddColumn("band", "rank", "integer", true, null));
        migrate();

        assertThat(Jdbc.nullable(database, "BAND", "RANK")).isFalse();
    }

    @Test
    void addColumnRefusesAColumnThatExistsOrATableThatDoesNot() {
        assertThatThrownBy(() -> make(new Operation.AddColumn("band", "name", "varchar(10)", false, null)))
                .isInstanceOf(MigrationException.class).hasMessage("band already has a column name.");
        assertThatThrownBy(() -> make(new Operation.AddColumn("genre", "name", "varchar(10)", false, null)))
                .isInstanceOf(MigrationException.class).hasMessageStartingWith("There is no table genre. The tables are: ")
                .hasMessageContaining("band").hasMessageContaining("listing").hasMessageNotContaining("databasechangelog");
    }

    // add-fk

    @Test
    void addForeignKeyAddsTheColumnTheKeyAndAnIndexAndUnappliesAllThree() throws Exception {
        MigrationMaker.Written written = make(new Operation.AddForeignKey("book", "band_id", "band", "cascade", false, null));

        assertThat(written.name()).isEqualTo("0005_book_band");
        assertThat(loaded(written.name()).changes()).extracting(Change::type)
                .containsExactly("addColumn", "addForeignKeyConstraint", "createIndex");
        migrate();
        assertThat(columns(database, "BOOK")).containsExactly("ID", "TITLE", "AUTHOR_ID", "CREATED_AT", "UPDATED_AT",
                "BAND_ID");
        assertThat(foreignKeys(database, "BOOK")).containsExactlyInAnyOrder(
                "FK_BOOK_AUTHOR AUTHOR_ID->AUTHOR" + CASCADE, "FK_BOOK_BAND BAND_ID->BAND" + CASCADE);
        assertThat(indexes(database, "BOOK")).contains("IX_BOOK_BAND_ID");

        migrateTo(B4);
        assertThat(columns(database, "BOOK")).doesNotContain("BAND_ID");
        assertThat(foreignKeys(database, "BOOK")).containsExactly("FK_BOOK_AUTHOR AUTHOR_ID->AUTHOR" + CASCADE);
        assertThat(indexes(database, "BOOK")).doesNotContain("IX_BOOK_BAND_ID", "FK_BOOK_BAND");
    }

    @Test
    void theNewForeignKeyActsOnDelete() throws Exception {
        make(new Operation.AddForeignKey("book", "band_id", "band", "cascade", false, null));
        migrate();
        insertBands("De La Soul");
        Jdbc.update(database, "INSERT INTO author (name) VALUES ('Posdnuos')");
        Jdbc.update(database, "INSERT INTO book (title, author_id, band_id) SELECT 'Liner notes', a.id, b.id"
                + " FROM author a, band b");

        Jdbc.update(database, "DELETE FROM band");

        assertThat(Jdbc.count(database, "SELECT COUNT(*) FROM book")).isZero();
    }

    @Test
    void addForeignKeyOnAnExistingColumnAddsOnlyTheKeyAndTheIndex() throws Exception {
        // given
        make(new Operation.AddColumn("author", "band_id", "bigint", false, null));
        migrate();

        // when
        MigrationMaker.Written written = migrations.make("author_band_fk", List.of(),
                new Operation.AddForeignKey("author", "band_id", "band", "set-null", false, null));

        // then
        assertThat(written.name()).isEqualTo("0006_author_band_fk");
        assertThat(loaded(written.name()).changeSets()).isEqualTo(2);
        assertThat(loaded(written.name()).changes()).extracting(Change::type)
                .containsExactly("addForeignKeyConstraint", "createIndex");
        migrate();
        assertThat(foreignKeys(database, "AUTHOR")).containsExactly("FK_AUTHOR_BAND BAND_ID->BAND" + SET_NULL);
        assertThat(indexes(database, "AUTHOR")).contains("IX_AUTHOR_BAND_ID");

        migrateTo("0005_author_band_id");
        assertThat(columns(database, "AUTHOR")).contains("BAND_ID");
        assertThat(foreignKeys(database, "AUTHOR")).isEmpty();
        assertThat(indexes(database, "AUTHOR")).doesNotContain("IX_AUTHOR_BAND_ID");
    }

    @Test
    void setNullWithNotNullIsRefused() {
        assertThatThrownBy(() -> new Operation.AddForeignKey("book", "band_id", "band", "set-null", true, "1"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("ON DELETE SET NULL needs a column that may be NULL, but --not-null was given. Drop"
                        + " --not-null, or choose another rule (cascade, restrict).");
    }

    @Test
    void setDefaultWithoutADefaultIsRefused() {
        assertThatThrownBy(() -> new Operation.AddForeignKey("book", "band_id", "band", "set-default", false, null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("ON DELETE SET DEFAULT sets the column to its default, so it needs one: add --default ID"
                        + " (the id of a row of band).");
    }

    @Test
    void anUnknownOnDeleteRuleListsTheRules() {
        assertThatThrownBy(() -> new Operation.AddForeignKey("book", "band_id", "band", "explode", false, null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("'explode' is not an ON DELETE rule. Use one of: cascade, set-null, set-default, restrict,"
                        + " no-action.");
    }

    @Test
    void addForeignKeyWhereOneExistsPointsAtAlterFk() {
        assertThatThrownBy(() -> make(new Operation.AddForeignKey("listing", "band_id", "band", "cascade", false, null)))
                .isInstanceOf(MigrationException.class)
                .hasMessage("listing.band_id already has a foreign key (fk_listing_band). To change its ON DELETE rule"
                        + " use alter-fk listing band_id --on-delete RULE.");
    }

    // alter-fk

    @Test
    void alterForeignKeyChangesTheRuleAndUnapplyingRestoresTheOldOne() throws Exception {
        MigrationMaker.Written written = make(new Operation.AlterForeignKey("listing", "band_id", "cascade"));

        assertThat(written.name()).isEqualTo("0005_listing_band_cascade");
        migrate();
        assertThat(foreignKeys(database, "LISTING")).containsExactly("FK_LISTING_BAND BAND_ID->BAND" + CASCADE);

        migrateTo(B4);
        assertThat(foreignKeys(database, "LISTING")).containsExactly("FK_LISTING_BAND BAND_ID->BAND" + SET_NULL);
    }

    @Test
    void alterForeignKeyToTheRuleItHasIsRefused() {
        assertThatThrownBy(() -> make(new Operation.AlterForeignKey("listing", "band_id", "set-null")))
                .isInstanceOf(MigrationException.class).hasMessage("fk_listing_band is already ON DELETE SET NULL.");
    }

    @Test
    void alterForeignKeyToSetNullOnANotNullColumnIsRefused() {
        assertThatThrownBy(() -> make(new Operation.AlterForeignKey("book", "author_id", "set-null")))
                .isInstanceOf(MigrationException.class)
                .hasMessage("book.author_id is NOT NULL, so ON DELETE SET NULL could never set it. Choose another rule.");
    }

    @Test
    void alterForeignKeyWithoutAKeyPointsAtAddFk() {
        assertThatThrownBy(() -> make(new Operation.AlterForeignKey("listing", "title", "cascade")))
                .isInstanceOf(MigrationException.class)
                .hasMessage("listing.title has no foreign key to change. Add one with add-fk listing title --references"
                        + " TABLE.");
    }

    // alter-column

    private String defaultOf(String table, String column) throws Exception {
        String value = Jdbc.column(database, "SELECT COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
                + table + "' AND COLUMN_NAME = '" + column + "'").get(0);
        return "NULL".equals(value) ? null : value;
    }

    @Test
    void alterColumnGivesAColumnADefaultThatOnDeleteSetDefaultThenUses() throws Exception {
        // given: a band with id 1 to fall back to, and one with a listing
        insertBands("Unknown artist", "Cut Copy");
        Jdbc.update(database, "INSERT INTO listing (title, band_id) VALUES ('Tote bag', 2)");

        // when
        MigrationMaker.Written written = make(new Operation.AlterColumn("listing", "band_id", "1"));
        migrate();
        make(new Operation.AlterForeignKey("listing", "band_id", "set-default"));
        migrate();
        Jdbc.update(database, "DELETE FROM band WHERE id = 2");

        // then
        assertThat(written.name()).isEqualTo("0005_listing_band_id_default");
        assertThat(loaded(written.name()).changes()).extracting(Change::describe)
                .containsExactly("set the default of listing.band_id");
        assertThat(Jdbc.column(database, "SELECT band_id FROM listing")).containsExactly("1");
    }

    @Test
    void alterColumnUnappliesToTheDefaultTheColumnHadOrToNone() throws Exception {
        Migration first = loaded(make(new Operation.AlterColumn("listing", "band_id", "5")).name());
        migrate();
        assertThat(defaultOf("LISTING", "BAND_ID")).isEqualTo("5");
        make(new Operation.AlterColumn("listing", "band_id", "7"));
        migrate();
        assertThat(defaultOf("LISTING", "BAND_ID")).isEqualTo("7");

        migrateTo(first.name());
        assertThat(defaultOf("LISTING", "BAND_ID")).isEqualTo("5");
        migrateTo(B4);
        assertThat(defaultOf("LISTING", "BAND_ID")).isNull();
    }

    @Test
    void alterColumnDropsADefaultAndUnappliesToIt() throws Exception {
        make(new Operation.AlterColumn("band", "name", "unknown band"));
        migrate();
        Migration drop = loaded(make(new Operation.AlterColumn("band", "name", null)).name());
        migrate();
        assertThat(drop.name()).isEqualTo("0006_band_name_no_default");
        assertThat(defaultOf("BAND", "NAME")).isNull();

        migrateTo(drop.parents().get(0));

        assertThat(defaultOf("BAND", "NAME")).isEqualTo("'unknown band'");
    }

    @Test
    void alterColumnRefusesWhatCannotBeADefaultWithTheCause() {
        assertThatThrownBy(() -> make(new Operation.AlterColumn("listing", "band_id", "five")))
                .hasMessage("The default 'five' is not a number, but the column is bigint.");
        assertThatThrownBy(() -> make(new Operation.AlterColumn("listing", "band_id", null)))
                .hasMessage("listing.band_id has no default to drop.");
        assertThatThrownBy(() -> make(new Operation.AlterColumn("listing", "bnad_id", "5")))
                .hasMessage("listing has no column bnad_id. Its columns: id, title, band_id.");
        assertThatThrownBy(() -> make(new Operation.AlterColumn("listings", "band_id", "5")))
                .hasMessageStartingWith("There is no table listings.");
        assertThatThrownBy(() -> make(new Operation.AlterColumn("band", "id", "5")))
                .hasMessage("band.id is the primary key: its values come from the identity, not from a default.");
        assertThat(migrations.status()).hasSize(4);
    }

    @Test
    void alterColumnRefusesTheDefaultTheColumnAlreadyHas() {
        make(new Operation.AlterColumn("listing", "band_id", "5"));
        migrate();

        assertThatThrownBy(() -> make(new Operation.AlterColumn("listing", "band_id", "5")))
                .hasMessage("listing.band_id already has DEFAULT 5.");
    }

    // drop-column

    @Test
    void dropColumnDropsKeyAndIndexFirstAndUnapplyingBringsAllBackEmpty() throws Exception {
        // given: a listing linked to a band
        insertBands("De La Soul");
        Jdbc.update(database, "INSERT INTO listing (title, band_id) SELECT 'Tour poster', id FROM band");

        // when
        MigrationMaker.Written written = make(new Operation.DropColumn("listing", "band_id"));

        // then
        assertThat(written.name()).isEqualTo("0005_remove_listing_band_id");
        assertThat(loaded(written.name()).changes()).extracting(Change::type)
                .containsExactly("dropForeignKeyConstraint", "dropIndex", "dropColumn");
        migrate();
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE");
        assertThat(foreignKeys(database, "LISTING")).isEmpty();
        assertThat(indexes(database, "LISTING")).containsExactly("PK_LISTING");

        migrateTo(B4);
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");
        assertThat(Jdbc.column(database, "SELECT band_id FROM listing")).containsExactly((String) null);
        assertThat(foreignKeys(database, "LISTING")).containsExactly("FK_LISTING_BAND BAND_ID->BAND" + SET_NULL);
        assertThat(indexes(database, "LISTING")).contains("IX_LISTING_BAND_ID");
    }

    @Test
    void dropColumnOfATextColumnBringsItBackWithItsSize() throws Exception {
        make(new Operation.DropColumn("listing", "title"));
        migrate();
        assertThat(columns(database, "LISTING")).containsExactly("ID", "BAND_ID");

        migrateTo(B4);

        assertThat(columns(database, "LISTING")).containsExactly("ID", "BAND_ID", "TITLE");
        Jdbc.update(database, "INSERT INTO listing (title) VALUES ('" + "x".repeat(100) + "')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"varchar(20)", "char(3)", "bigint", "integer", "smallint", "boolean", "date", "timestamp",
            "decimal(10,2)", "double"})
    void dropColumnOfEveryTypeMakemigrationOffersCanBeWrittenAppliedAndUndone(String type) throws Exception {
        // given: a column of that type, made by makemigration and applied
        make(new Operation.AddColumn("band", "extra", type, false, null));
        migrate();

        // when
        make(new Operation.DropColumn("band", "extra"));
        migrate();

        // then
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
        migrateTo("0005_band_extra");
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME", "EXTRA");
    }

    @Test
    void dropColumnRefusesThePrimaryKeyAndAnUnknownColumn() {
        assertThatThrownBy(() -> make(new Operation.DropColumn("band", "id"))).isInstanceOf(MigrationException.class)
                .hasMessage("band.id is the primary key; it cannot be dropped.");
        assertThatThrownBy(() -> make(new Operation.DropColumn("listing", "genre"))).isInstanceOf(MigrationException.class)
                .hasMessage("listing has no column genre. Its columns: id, title, band_id.");
    }

    // create-table

    @Test
    void createTableThenAddColumnOnItAfterMigrating() throws Exception {
        MigrationMaker.Written table = make(new Operation.CreateTable("genre"));
        assertThat(table.name()).isEqualTo("0005_create_genre");
        migrate();
        assertThat(tables(database)).contains("GENRE");
        assertThat(columns(database, "GENRE")).containsExactly("ID");

        MigrationMaker.Written column = make(new Operation.AddColumn("genre", "name", "varchar(40)", false, null));
        assertThat(column.name()).isEqualTo("0006_genre_name");
        assertThat(column.notes()).isEmpty();
        assertThat(loaded(column.name()).parents()).containsExactly("0005_create_genre");
        migrate();
        assertThat(columns(database, "GENRE")).containsExactly("ID", "NAME");
        Jdbc.update(database, "INSERT INTO genre (name) VALUES ('hip hop')");
        assertThat(Jdbc.column(database, "SELECT id FROM genre")).containsExactly("1");

        migrateTo("0005_create_genre");
        assertThat(columns(database, "GENRE")).containsExactly("ID");
        migrateTo(B4);
        assertThat(tables(database)).doesNotContain("GENRE");
    }

    @Test
    void addColumnOnATableWhoseMigrationIsNotAppliedIsWrittenWithANote() throws Exception {
        make(new Operation.CreateTable("genre"));

        MigrationMaker.Written column = make(new Operation.AddColumn("genre", "name", "varchar(40)", false, null));

        assertThat(column.notes()).containsExactly("Not checked against the database: its parent 0005_create_genre is"
                + " not applied, so the database does not yet have the schema it builds on. 'migrate' will tell if it"
                + " does not fit.");
        migrate();
        assertThat(columns(database, "GENRE")).containsExactly("ID", "NAME");
    }

    @Test
    void createTableRefusesATableThatExists() {
        assertThatThrownBy(() -> make(new Operation.CreateTable("band"))).isInstanceOf(MigrationException.class)
                .hasMessage("A table named band already exists.");
    }

    // rename-column

    @Test
    void renameColumnKeepsTheValuesBothWays() throws Exception {
        insertBands("De La Soul", "Cut Copy");

        MigrationMaker.Written written = make(new Operation.RenameColumn("band", "name", "title"));
        assertThat(written.name()).isEqualTo("0005_rename_band_name");
        migrate();
        assertThat(columns(database, "BAND")).containsExactly("ID", "TITLE");
        assertThat(Jdbc.column(database, "SELECT title FROM band ORDER BY id")).containsExactly("De La Soul", "Cut Copy");
        assertThat(Jdbc.nullable(database, "BAND", "TITLE")).isFalse();

        migrateTo(B4);
        assertThat(columns(database, "BAND")).containsExactly("ID", "NAME");
        assertThat(Jdbc.column(database, "SELECT name FROM band ORDER BY id")).containsExactly("De La Soul", "Cut Copy");
    }

    @Test
    void renameColumnRefusesAMissingColumnOrATakenName() {
        assertThatThrownBy(() -> make(new Operation.RenameColumn("band", "title", "label")))
                .isInstanceOf(MigrationException.class).hasMessage("band has no column title.");
        assertThatThrownBy(() -> make(new Operation.RenameColumn("listing", "title", "band_id")))
                .isInstanceOf(MigrationException.class).hasMessage("listing already has a column band_id.");
        assertThatThrownBy(() -> new Operation.RenameColumn("band", "name", "NAME"))
                .isInstanceOf(MigrationException.class).hasMessage("The old and the new name are the same: name.");
    }

    // add-index

    @Test
    void addIndexCreatesAndUnappliesTheIndex() throws Exception {
        MigrationMaker.Written written = make(new Operation.AddIndex("listing", "title"));

        assertThat(written.name()).isEqualTo("0005_index_listing_title");
        migrate();
        assertThat(indexes(database, "LISTING")).contains("IX_LISTING_TITLE");
        migrateTo(B4);
        assertThat(indexes(database, "LISTING")).doesNotContain("IX_LISTING_TITLE").contains("IX_LISTING_BAND_ID");
    }

    @Test
    void addIndexRefusesAnIndexThatExistsOrAMissingColumn() {
        assertThatThrownBy(() -> make(new Operation.AddIndex("listing", "band_id"))).isInstanceOf(MigrationException.class)
                .hasMessage("An index named ix_listing_band_id already exists.");
        assertThatThrownBy(() -> make(new Operation.AddIndex("listing", "price"))).isInstanceOf(MigrationException.class)
                .hasMessage("listing has no column price.");
    }
}
