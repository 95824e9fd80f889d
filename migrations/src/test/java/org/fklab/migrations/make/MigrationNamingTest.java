package org.fklab.migrations.make;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.Changelogs.addColumn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How makemigration names a migration and picks its parents, and what it refuses before writing anything. */
class MigrationNamingTest {

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

    private static Operation genre() {
        return new Operation.AddColumn("band", "genre", "varchar(50)", false, null);
    }

    private static Operation price() {
        return new Operation.AddColumn("listing", "price", "integer", false, null);
    }

    private List<String> parentsOf(String name) {
        return migrations.graph().get(name).parents();
    }

    @Test
    void twoBranchesMadeFromTheSameParentAreBothNumberedOnePastIt() {
        MigrationMaker.Written first = migrations.make("band_genre", List.of(B4), genre());
        MigrationMaker.Written second = migrations.make("listing_price", List.of(B4), price());

        assertThat(first.name()).isEqualTo("0005_band_genre");
        assertThat(second.name()).isEqualTo("0005_listing_price");
        assertThat(parentsOf("0005_listing_price")).containsExactly(B4);
    }

    @Test
    void withoutParentsItBuildsOnTheLeafAndCountsOn() {
        migrations.make("band_genre", List.of(), genre());
        MigrationMaker.Written next = migrations.make("listing_price", List.of(), price());

        assertThat(next.name()).isEqualTo("0006_listing_price");
        assertThat(parentsOf(next.name())).containsExactly("0005_band_genre");
    }

    @Test
    void aParentMayBeGivenByPrefix() {
        MigrationMaker.Written written = migrations.make("band_genre", List.of("0003"), genre());

        assertThat(written.name()).isEqualTo("0004_band_genre");
        assertThat(parentsOf(written.name())).containsExactly("0003_listing_band");
        assertThat(written.text()).contains("value: 0003_listing_band\n");
    }

    @Test
    void severalParentsGiveTheHighestNumberPlusOne() {
        addColumn(folder, "0005_a", "band", "a", B4);
        addColumn(folder, "0007_b", "band", "b", B4);

        MigrationMaker.Written written = migrations.make("band_genre", List.of("0005_a", "0007"), genre());

        assertThat(written.name()).isEqualTo("0008_band_genre");
        assertThat(parentsOf(written.name())).containsExactly("0005_a", "0007_b");
        assertThat(written.notes()).singleElement().asString()
                .startsWith("Not checked against the database: its parent 0005_a and 0007_b are not applied");
    }

    @Test
    void aNameWithANumberIsKeptAndOneInWordsIsCleanedUp() {
        assertThat(migrations.make("0042_Band_Genre", List.of(B4), genre()).name()).isEqualTo("0042_band_genre");
        assertThat(migrations.make(" Listing Price ", List.of(B4), price()).name()).isEqualTo("0005_listing_price");
    }

    @Test
    void withoutANameTheOperationSuggestsOne() {
        assertThat(migrations.make(null, List.of(), genre()).name()).isEqualTo("0005_band_genre");
    }

    @Test
    void aNameThatExistsIsRefused() throws Exception {
        migrations.make("band_genre", List.of(B4), genre());
        String before = Files.readString(folder.resolve("0005_band_genre.yaml"));

        assertThatThrownBy(() -> migrations.make("band_genre", List.of(B4), price()))
                .isInstanceOf(MigrationException.class)
                .hasMessage("A migration named 0005_band_genre already exists. Choose another name.");
        assertThatThrownBy(() -> migrations.make("0003_listing_band", List.of(B4), price()))
                .isInstanceOf(MigrationException.class)
                .hasMessage("A migration named 0003_listing_band already exists. Choose another name.");
        assertThat(Files.readString(folder.resolve("0005_band_genre.yaml"))).isEqualTo(before);
    }

    @Test
    void aNameThatCannotBeAFileNameIsRefused() {
        assertThatThrownBy(() -> migrations.make("band genre!", List.of(), genre())).isInstanceOf(MigrationException.class)
                .hasMessage("'band genre!' cannot be a migration name: use letters, digits and underscores, e.g."
                        + " band_genre.");
        assertThatThrownBy(() -> migrations.make("0005", List.of(), genre())).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("A migration name that starts with a number needs an underscore and words");
        assertThatThrownBy(() -> migrations.make("a".repeat(81), List.of(), genre()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("too long");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void onABranchedGraphAParentMustBeNamed() {
        addColumn(folder, "0005_a", "band", "a", B4);
        addColumn(folder, "0005_b", "band", "b", B4);

        assertThatThrownBy(() -> migrations.make("band_genre", List.of(), genre())).isInstanceOf(MigrationException.class)
                .hasMessage("The migrations have branched (0005_a, 0005_b), so there is no single migration to build"
                        + " on. Name it with --parent NAME, or join the branches first with 'makemigrations --merge'.");
    }

    @Test
    void anUnknownParentIsRefused() {
        assertThatThrownBy(() -> migrations.make("band_genre", List.of("0009"), genre()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("No migration is named or starts with '0009'");
    }

    @Test
    void invalidTableAndColumnNamesAreRefused() {
        assertThatThrownBy(() -> new Operation.AddColumn("band", "1genre", "integer", false, null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("'1genre' cannot be a column name: use letters, digits and underscores, starting with a"
                        + " letter (e.g. band_id).");
        assertThatThrownBy(() -> new Operation.CreateTable("band-x")).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("'band-x' cannot be a table name");
        assertThatThrownBy(() -> new Operation.AddIndex("band", "na me")).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("'na me' cannot be a column name");
        assertThatThrownBy(() -> new Operation.AddForeignKey("book", "band_id", "ba\"nd", "cascade", false, null))
                .isInstanceOf(MigrationException.class).hasMessageStartingWith("'ba\"nd' cannot be a table name");
    }

    @Test
    void namesAreLowerCased() {
        Operation.AddColumn column = new Operation.AddColumn("BAND", "Genre", "VARCHAR(50)", false, null);

        assertThat(column.table()).isEqualTo("band");
        assertThat(column.column()).isEqualTo("genre");
        assertThat(column.describe()).isEqualTo("add column band.genre varchar(50)");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheTypesThatWork() {
        assertThatThrownBy(() -> new Operation.AddColumn("band", "bio", "text", false, null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("'text' is not a column type fklab knows. Use one of: varchar(N), char(N), bigint, integer,"
                        + " smallint, boolean, date, timestamp, decimal(P,S), double.");
        assertThatThrownBy(() -> new Operation.AddColumn("band", "bio", "varchar", false, null))
                .isInstanceOf(MigrationException.class).hasMessage("varchar needs a size, e.g. varchar(100).");
        assertThatThrownBy(() -> new Operation.AddColumn("band", "bio", "varchar(0)", false, null))
                .isInstanceOf(MigrationException.class)
                .hasMessage("A varchar column needs a size of at least 1, e.g. varchar(100).");
    }

    @Test
    void aDefaultMustFitTheType() {
        assertThatThrownBy(() -> migrations.make(null, List.of(),
                new Operation.AddColumn("band", "rank", "integer", false, "abc")))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The default 'abc' is not a number, but the column is integer.");
        assertThatThrownBy(() -> migrations.make(null, List.of(),
                new Operation.AddColumn("band", "active", "boolean", false, "yes")))
                .isInstanceOf(MigrationException.class)
                .hasMessage("The default of a boolean column is true or false, not 'yes'.");
        assertThat(folder).isEmptyDirectory();
    }
}
