package org.fklab.migrations.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.TestDatabases.columns;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written migrations that fail at once, or that Liquibase cannot undo. */
class IrreversibleMigrationTest {

    private static final String B4 = "0004_create_author_book";

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();

    private Migrator migrator() {
        return new Migrator(database, MigrationCatalog.withWorkspace(folder));
    }

    @BeforeEach
    void migrateTheBuiltIns() {
        migrator().execute(migrator().planToLeaf());
    }

    /** 0005_raw drops listing.title without a rollback section. */
    private void dropWithoutRollback() {
        Changelogs.write(folder, "0005_raw", List.of(B4),
                "        - dropColumn:\n            tableName: listing\n            columnName: title\n");
    }

    @Test
    void aMigrationFailingAtItsFirstChangeSetHasNothingToUndo() {
        Path file = Changelogs.addColumn(folder, "0005_bad", "nosuch", "x", B4);
        Migrator migrator = migrator();

        assertThatThrownBy(() -> migrator.apply(migrator.graph().get("0005_bad"))).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Migration 0005_bad failed at 'add column nosuch.x': ")
                .hasMessageNotContaining("undone")
                .hasMessageEndingWith(". Fix " + file + " and run migrate again.");
        assertThat(migrator.applied()).doesNotContain("0005_bad");
    }

    @Test
    void unapplyingADropWithoutRollbackFailsAndLeavesItApplied() throws Exception {
        dropWithoutRollback();
        migrator().execute(migrator().planToLeaf());
        assertThat(columns(database, "LISTING")).containsExactly("ID", "BAND_ID");
        Migrator migrator = migrator();

        assertThatThrownBy(() -> migrator.execute(migrator.planTo(B4))).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Unapplying 0005_raw failed: ")
                .hasMessageEndingWith(". The migrations before it are unchanged.");
        assertThat(migrator.applied()).contains("0005_raw");
        assertThat(columns(database, "LISTING")).containsExactly("ID", "BAND_ID");
    }

    @Test
    void sqlBackwardsOfADropWithoutRollbackSaysItCannotBeUnapplied() {
        dropWithoutRollback();
        Migrations migrations = new Migrations(database, MigrationCatalog.withWorkspace(folder));

        assertThat(migrations.sql("0005_raw", false)).containsExactly("-- 0005_raw-1",
                "ALTER TABLE PUBLIC.listing DROP COLUMN title;");
        assertThatThrownBy(() -> migrations.sql("0005_raw", true)).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("0005_raw cannot be unapplied automatically: ")
                .hasMessageEndingWith("A changeSet that drops something needs a 'rollback:' section saying how to"
                        + " undo it.");
    }
}
