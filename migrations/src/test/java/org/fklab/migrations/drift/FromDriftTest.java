package org.fklab.migrations.drift;

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

import org.fklab.migrations.Jdbc;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.history.HistoryEntry;
import org.fklab.migrations.make.MigrationMaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * makemigration --from-drift: the hand changes written as a migration that is recorded as applied, after which
 * there is no drift, unapplying it undoes the hand changes and applying it again redoes them.
 */
class FromDriftTest {

    private static final String B4 = "0004_create_author_book";

    @TempDir
    Path folder;

    private MigratedWorkspace workspace;

    @BeforeEach
    void migrateTheBuiltIns() {
        workspace = new MigratedWorkspace(folder);
    }

    /** listing.band_id's default, or null when it has none (HSQLDB says NULL once a default is dropped). */
    private String bandIdDefault() throws Exception {
        String value = Jdbc.column(workspace.database, "SELECT COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'LISTING' AND COLUMN_NAME = 'BAND_ID'").get(0);
        return "NULL".equals(value) ? null : value;
    }

    /**
     * Folds the drift in and checks the round trip: no drift after, nor after unapplying the migration (which undoes
     * the hand change: {@code undone} sees it) or applying it again (which redoes it: {@code redone} sees it).
     */
    private MigrationMaker.Written foldIn(Check undone, Check redone) throws Exception {
        MigrationMaker.Written written = workspace.migrations.makeFromDrift("fix", List.of());
        assertThat(workspace.migrations.drift().differences()).isEmpty();
        redone.run();

        workspace.migrate(B4);
        assertThat(workspace.migrations.drift().differences()).isEmpty();
        undone.run();

        workspace.migrate(null);
        assertThat(workspace.migrations.drift().differences()).isEmpty();
        redone.run();
        return written;
    }

    /** An assertion on the workspace.database. */
    private interface Check {
        void run() throws Exception;
    }

    @Test
    void aDefaultSetByHandBecomesAnAppliedMigrationThatUnappliesToNoDefault() throws Exception {
        workspace.sql("ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5");

        MigrationMaker.Written written = workspace.migrations.makeFromDrift("band_default", List.of());

        // then: a changelog in fklab's form, on the leaf, recorded as applied by Liquibase and by fklab
        assertThat(written.name()).isEqualTo("0005_band_default");
        assertThat(written.file()).isEqualTo(folder.resolve("0005_band_default.yaml"));
        assertThat(written.text()).contains("# fklab migration 0005_band_default", "      name: parents\n"
                        + "      value: 0004_create_author_book\n",
                "      id: 0005_band_default-1\n      author: fklab\n"
                        + "      comment: \"set the default of listing.band_id to 5\"\n      changes:\n"
                        + "        - addDefaultValue:\n",
                "            columnName: band_id\n", "            defaultValueNumeric: '5'\n",
                "            tableName: listing\n", "      rollback:\n        - dropDefaultValue:\n");
        assertThat(Files.readString(written.file())).isEqualTo(written.text());
        assertThat(workspace.migrations.status()).allMatch(Migrations.Status::applied).hasSize(5);
        assertThat(workspace.migrations.history()).last().extracting(HistoryEntry::migration, HistoryEntry::action)
                .containsExactly("0005_band_default", HistoryEntry.Action.APPLIED);
        assertThat(workspace.migrations.drift().none()).isTrue();

        // when it is unapplied, the default goes; applied again, it comes back
        workspace.migrate(B4);
        assertThat(bandIdDefault()).isNull();
        assertThat(workspace.migrations.drift().differences()).isEmpty();
        workspace.migrate(null);
        assertThat(bandIdDefault()).isEqualTo("5");
        assertThat(workspace.migrations.drift().none()).isTrue();
    }

    @Test
    void aChangedOnDeleteRuleUnappliesToTheRuleTheMigrationsHad() throws Exception {
        workspace.sql("ALTER TABLE listing DROP CONSTRAINT fk_listing_band",
                "ALTER TABLE listing ADD CONSTRAINT fk_listing_band FOREIGN KEY (band_id) REFERENCES band (id)"
                        + " ON DELETE CASCADE");

        MigrationMaker.Written written = foldIn(
                () -> assertThat(foreignKeys(workspace.database, "LISTING"))
                        .containsExactly("FK_LISTING_BAND BAND_ID->BAND rule=" + DatabaseMetaData.importedKeySetNull),
                () -> assertThat(foreignKeys(workspace.database, "LISTING"))
                        .containsExactly("FK_LISTING_BAND BAND_ID->BAND rule=" + DatabaseMetaData.importedKeyCascade));

        assertThat(written.text()).contains("- dropForeignKeyConstraint:", "- addForeignKeyConstraint:",
                "onDelete: CASCADE", "rollback:", "onDelete: SET NULL");
    }

    @Test
    void aDroppedIndexUnappliesToTheIndexBack() throws Exception {
        workspace.sql("DROP INDEX ix_listing_band_id");

        MigrationMaker.Written written = foldIn(
                () -> assertThat(indexes(workspace.database, "LISTING")).contains("IX_LISTING_BAND_ID"),
                () -> assertThat(indexes(workspace.database, "LISTING")).doesNotContain("IX_LISTING_BAND_ID"));

        assertThat(written.text()).contains("- dropIndex:", "indexName: ix_listing_band_id", "rollback:",
                "- createIndex:");
    }

    @Test
    void aColumnAddedByHandUnappliesToNoColumn() throws Exception {
        workspace.sql("ALTER TABLE band ADD COLUMN genre VARCHAR(50) DEFAULT 'rock' NOT NULL");

        foldIn(() -> assertThat(columns(workspace.database, "BAND")).containsExactly("ID", "NAME"),
                () -> assertThat(columns(workspace.database, "BAND")).containsExactly("ID", "NAME", "GENRE"));
    }

    @Test
    void aDroppedColumnUnappliesToTheColumnWithItsKeyAndIndex() throws Exception {
        workspace.sql("ALTER TABLE listing DROP COLUMN band_id");

        MigrationMaker.Written written = foldIn(() -> {
            assertThat(columns(workspace.database, "LISTING")).containsExactly("ID", "TITLE", "BAND_ID");
            assertThat(indexes(workspace.database, "LISTING")).contains("IX_LISTING_BAND_ID", "FK_LISTING_BAND");
        }, () -> assertThat(columns(workspace.database, "LISTING")).containsExactly("ID", "TITLE"));

        assertThat(written.text()).contains("- dropForeignKeyConstraint:", "- dropIndex:", "- dropColumn:");
    }

    @Test
    void aTypeAndNullabilityChangedByHandUnapplyToWhatTheMigrationsHad() throws Exception {
        workspace.sql("ALTER TABLE band ALTER COLUMN name VARCHAR(200)", "ALTER TABLE band ALTER COLUMN name SET NULL");

        MigrationMaker.Written written = foldIn(
                () -> assertThat(Jdbc.nullable(workspace.database, "BAND", "NAME")).isFalse(),
                () -> assertThat(Jdbc.nullable(workspace.database, "BAND", "NAME")).isTrue());

        assertThat(written.text()).contains("- modifyDataType:", "- dropNotNullConstraint:", "- addNotNullConstraint:");
    }

    @Test
    void aTableMadeByHandWithAForeignKeyUnappliesToNoTable() throws Exception {
        workspace.sql("CREATE TABLE label (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " name VARCHAR(20) NOT NULL)",
                "ALTER TABLE band ADD COLUMN label_id BIGINT",
                "ALTER TABLE band ADD CONSTRAINT fk_band_label FOREIGN KEY (label_id) REFERENCES label (id)");

        MigrationMaker.Written written = foldIn(() -> assertThat(tables(workspace.database)).doesNotContain("LABEL"),
                () -> assertThat(tables(workspace.database)).contains("LABEL"));

        assertThat(written.text()).contains("- createTable:", "- addForeignKeyConstraint:").doesNotContain("SYS_",
                "createIndex");
    }

    @Test
    void aDroppedTableUnappliesToTheTableWithItsKeysAndIndexes() throws Exception {
        workspace.sql("DROP TABLE book");

        MigrationMaker.Written written = foldIn(() -> {
            assertThat(tables(workspace.database)).contains("BOOK");
            assertThat(foreignKeys(workspace.database, "BOOK")).hasSize(1);
            assertThat(indexes(workspace.database, "BOOK")).contains("IX_BOOK_AUTHOR_ID");
        }, () -> assertThat(tables(workspace.database)).doesNotContain("BOOK"));

        assertThat(written.text()).contains("- dropTable:", "rollback:", "- createTable:");
    }

    @Test
    void withoutDriftNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> workspace.migrations.makeFromDrift("fix", List.of()))
                .isInstanceOf(MigrationException.class)
                .hasMessage("There is no drift: the database is exactly what its migrations make.");

        assertThat(folder).isEmptyDirectory();
        assertThat(workspace.migrations.status()).hasSize(4);
    }

    @Test
    void aMigrationFromDriftBuildsOnTheAppliedLeafNotOnAPendingMigration() throws Exception {
        workspace.migrate("0003");
        workspace.sql("ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5");

        MigrationMaker.Written written = workspace.migrations.makeFromDrift("band_default", List.of());

        assertThat(written.name()).isEqualTo("0004_band_default");
        assertThat(workspace.migrations.graph().get("0004_band_default").parents())
                .containsExactly("0003_listing_band");
        assertThat(written.notes()).containsExactly("0004_create_author_book builds on 0003_listing_band too, so the"
                + " migrations have branched: join them with 'makemigrations --merge' before 'migrate'.");
    }

    @Test
    void aParentThatIsNotAppliedIsRefused() throws Exception {
        workspace.migrate("0003");
        workspace.sql("ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5");

        assertThatThrownBy(() -> workspace.migrations.makeFromDrift("band_default", List.of("0004")))
                .hasMessageStartingWith("0004_create_author_book is not applied, and a migration written from drift");
        assertThat(Files.exists(folder.resolve("0004_band_default.yaml"))).isFalse();
    }
}
