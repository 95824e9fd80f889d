package org.fklab.migrations.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fklab.migrations.TestDatabases.columns;
import static org.fklab.migrations.TestDatabases.foreignKeys;
import static org.fklab.migrations.TestDatabases.indexes;
import static org.fklab.migrations.TestDatabases.tables;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.Migration;
import org.junit.jupiter.api.Test;

class BuiltInMigrationsTest {

    @Test
    void migratingAnEmptyDatabaseToTheLeafBuildsTheWholeSchema() throws Exception {
        DataSource database = TestDatabases.empty();
        Migrator migrator = new Migrator(database, MigrationCatalog.builtIn());

        migrator.execute(migrator.planToLeaf());

        assertThat(migrator.applied()).containsExactly("0001_create_band", "0002_create_listing", "0003_listing_band",
                "0004_create_author_book");
        assertThat(tables(database)).containsExactlyInAnyOrder("BAND", "LISTING", "AUTHOR", "BOOK");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");
        assertThat(columns(database, "BOOK")).containsExactly("ID", "TITLE", "AUTHOR_ID", "CREATED_AT", "UPDATED_AT");
        assertThat(foreignKeys(database, "LISTING"))
                .containsExactly("FK_LISTING_BAND BAND_ID->BAND rule=" + DatabaseMetaData.importedKeySetNull);
        assertThat(foreignKeys(database, "BOOK"))
                .containsExactly("FK_BOOK_AUTHOR AUTHOR_ID->AUTHOR rule=" + DatabaseMetaData.importedKeyCascade);
        assertThat(indexes(database, "LISTING")).contains("IX_LISTING_BAND_ID");
        assertThat(indexes(database, "BOOK")).contains("IX_BOOK_AUTHOR_ID");
    }

    @Test
    void everyMigrationUnappliesOneByOneLeavingTheSchemaItsParentMade() throws Exception {
        DataSource database = TestDatabases.empty();
        Migrator migrator = new Migrator(database, MigrationCatalog.builtIn());
        List<Migration> order = migrator.graph().inOrder();
        List<List<String>> schemaAfter = new ArrayList<>();
        schemaAfter.add(schema(database));
        for (Migration migration : order) {
            migrator.apply(migration);
            schemaAfter.add(schema(database));
        }

        List<Migration> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        for (int i = 0; i < reversed.size(); i++) {
            migrator.unapply(reversed.get(i));

            assertThat(schema(database)).as("after unapplying %s", reversed.get(i))
                    .isEqualTo(schemaAfter.get(order.size() - 1 - i));
        }
        assertThat(migrator.applied()).isEmpty();
    }

    @Test
    void unapplyingTheBandColumnAndApplyingItAgainRestoresTheForeignKey() throws Exception {
        DataSource database = TestDatabases.empty();
        Migrator migrator = new Migrator(database, MigrationCatalog.builtIn());
        migrator.execute(migrator.planToLeaf());

        migrator.execute(migrator.planTo("0002"));
        List<String> withoutBand = columns(database, "LISTING");
        migrator.execute(migrator.planToLeaf());

        assertThat(withoutBand).containsExactly("ID", "TITLE");
        assertThat(foreignKeys(database, "LISTING")).hasSize(1);
        assertThat(migrator.applied()).hasSize(4);
    }

    private static List<String> schema(DataSource database) throws Exception {
        List<String> description = new ArrayList<>();
        for (String table : tables(database)) {
            description.add(table + columns(database, table) + foreignKeys(database, table) + indexes(database, table));
        }
        Collections.sort(description);
        return description;
    }
}
