package org.fklab.migrations.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.drift.Difference.Kind;
import org.fklab.migrations.make.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of hand change to a migrated database, found by Liquibase's diff and said in a learner's words. */
class DriftTest {

    @TempDir
    Path folder;

    private MigratedWorkspace workspace;

    @BeforeEach
    void migrateTheBuiltIns() {
        workspace = new MigratedWorkspace(folder);
    }

    private List<String> lines() {
        return workspace.migrations.drift().differences().stream().map(Difference::description).toList();
    }

    @Test
    void aDatabaseBuiltOnlyByItsMigrationsHasNoDrift() {
        assertThat(workspace.migrations.drift().none()).isTrue();
    }

    @Test
    void twoDatabasesMigratedAlikeByMigrationsWithUnnamedKeysHaveNoDrift() {
        // HSQLDB names an unnamed primary key and its index itself (SYS_PK_..., SYS_IDX_...), differently each time
        Changelogs.write(folder, "0005_label", List.of("0004_create_author_book"),
                Changelogs.createTableChange("label"), Changelogs.addColumnChange("label", "title"));
        workspace.migrate(null);

        assertThat(workspace.migrations.drift().differences()).isEmpty();
    }

    @Test
    void aDefaultSetByHandIsDrift() throws Exception {
        workspace.sql("ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5");

        assertThat(workspace.migrations.drift().differences())
                .extracting(Difference::kind, Difference::table, Difference::object, Difference::description)
                .containsExactly(tuple(Kind.DEFAULT, "listing", "listing.band_id",
                        "drift: listing.band_id has DEFAULT 5 in the database, but its migrations give it no default"));
    }

    @Test
    void aChangedOnDeleteRuleIsDrift() throws Exception {
        workspace.sql("ALTER TABLE listing DROP CONSTRAINT fk_listing_band",
                "ALTER TABLE listing ADD CONSTRAINT fk_listing_band FOREIGN KEY (band_id) REFERENCES band (id)"
                        + " ON DELETE CASCADE");

        assertThat(workspace.migrations.drift().differences()).extracting(Difference::kind, Difference::object)
                .containsExactly(tuple(Kind.FOREIGN_KEY, "fk_listing_band"));
        assertThat(lines()).containsExactly(
                "drift: fk_listing_band is ON DELETE CASCADE in the database, but SET NULL in its migrations");
    }

    @Test
    void aDroppedIndexIsDriftEvenThoughTheForeignKeyKeepsAnIndexOnTheSameColumn() throws Exception {
        workspace.sql("DROP INDEX ix_listing_band_id");

        assertThat(workspace.migrations.drift().differences())
                .extracting(Difference::kind, Difference::table, Difference::object)
                .containsExactly(tuple(Kind.INDEX, "listing", "ix_listing_band_id"));
        assertThat(lines())
                .containsExactly("drift: index ix_listing_band_id is in the migrations but not in the database");
    }

    @Test
    void anIndexMadeByHandIsDrift() throws Exception {
        workspace.sql("CREATE INDEX ix_band_name ON band (name)");

        assertThat(lines()).containsExactly("drift: index ix_band_name is in the database but no migration adds it");
    }

    @Test
    void anAddedColumnIsDrift() throws Exception {
        workspace.sql("ALTER TABLE band ADD COLUMN genre VARCHAR(50)");

        assertThat(workspace.migrations.drift().differences()).extracting(Difference::kind, Difference::object)
                .containsExactly(tuple(Kind.COLUMN, "band.genre"));
        assertThat(lines()).containsExactly("drift: column band.genre is in the database but no migration adds it");
    }

    @Test
    void aDroppedColumnIsDriftAndSoAreTheKeyAndIndexThatWentWithIt() throws Exception {
        workspace.sql("ALTER TABLE listing DROP COLUMN band_id");

        assertThat(lines()).containsExactlyInAnyOrder(
                "drift: column listing.band_id is in the migrations but not in the database",
                "drift: foreign key fk_listing_band (listing.band_id → band) is in the migrations but not in the"
                        + " database",
                "drift: index ix_listing_band_id is in the migrations but not in the database");
    }

    @Test
    void aTypeAndANullabilityChangedByHandAreDrift() throws Exception {
        workspace.sql("ALTER TABLE band ALTER COLUMN name VARCHAR(200)", "ALTER TABLE band ALTER COLUMN name SET NULL");

        assertThat(workspace.migrations.drift().differences()).extracting(Difference::kind, Difference::description)
                .containsExactly(
                        tuple(Kind.TYPE, "drift: band.name is VARCHAR(200) in the database, but VARCHAR(100) in its"
                                + " migrations"),
                        tuple(Kind.NULLABILITY, "drift: band.name may be NULL in the database, but is NOT NULL in its"
                                + " migrations"));
    }

    @Test
    void aTableMadeByHandIsOneLineOfDriftNotOnePerColumn() throws Exception {
        workspace.sql("CREATE TABLE label (id BIGINT PRIMARY KEY, name VARCHAR(20))");

        assertThat(workspace.migrations.drift().differences())
                .extracting(Difference::kind, Difference::table, Difference::description)
                .containsExactly(tuple(Kind.TABLE, "label",
                        "drift: table label is in the database but no migration creates it"));
    }

    @Test
    void aDroppedTableIsDrift() throws Exception {
        workspace.sql("DROP TABLE book");

        assertThat(lines()).containsExactly("drift: table book is in the migrations but not in the database");
    }

    @Test
    void aDroppedPrimaryKeyIsDrift() throws Exception {
        workspace.sql("ALTER TABLE book DROP PRIMARY KEY");

        assertThat(workspace.migrations.drift().differences()).extracting(Difference::kind, Difference::description)
                .containsExactly(tuple(Kind.PRIMARY_KEY,
                        "drift: the primary key of book (id) is in the migrations but not in the database"));
    }

    @Test
    void dataIsNotDrift() throws Exception {
        workspace.sql("INSERT INTO band (name) VALUES ('Cut Copy')", "DELETE FROM band");

        assertThat(workspace.migrations.drift().none()).isTrue();
    }

    @Test
    void aPartlyAppliedMigrationIsComparedWithJustTheChangeSetsThatRan() throws Exception {
        // the workspace.database is as an interrupted migrate left it: 0003's column, but not its key or index
        workspace.migrate("0002");
        workspace.sql("ALTER TABLE listing ADD COLUMN band_id BIGINT");
        workspace.sql("INSERT INTO DATABASECHANGELOG"
                + " (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM)"
                + " SELECT '0003_listing_band-1', 'fklab', 'org/fklab/migrations/builtin/0003_listing_band.yaml',"
                + " LOCALTIMESTAMP, 100, 'EXECUTED', NULL FROM (VALUES (0))");

        assertThat(workspace.migrations.drift().none()).isTrue();
    }

    @Test
    void undoingTheHandChangeEndsTheDrift() throws Exception {
        workspace.sql("ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT 5");
        assertThat(workspace.migrations.drift().none()).isFalse();

        workspace.sql("ALTER TABLE listing ALTER COLUMN band_id DROP DEFAULT");

        assertThat(workspace.migrations.drift().none()).isTrue();
    }

    @Test
    void migrationsWrittenByEveryMakemigrationOperationLeaveNoDrift() {
        // each operation names its keys and indexes, or leaves the naming to HSQLDB, as a learner's migrations do
        List<Operation> operations = List.of(
                new Operation.CreateTable("label"),
                new Operation.AddColumn("label", "title", "varchar(50)", true, "untitled"),
                new Operation.AddForeignKey("band", "label_id", "label", "set-null", false, null),
                new Operation.AlterForeignKey("listing", "band_id", "cascade"),
                new Operation.AlterColumn("listing", "band_id", "5"),
                new Operation.RenameColumn("book", "title", "name"),
                new Operation.AddIndex("author", "name"),
                new Operation.DropColumn("band", "label_id"));
        for (Operation operation : operations) {
            workspace.migrations.make(null, List.of(), operation);
            workspace.migrate(null);

            assertThat(workspace.migrations.drift().differences()).as(operation.describe()).isEmpty();
        }
    }

    @Test
    void whenTheMigrationsCannotBeReplayedDriftCannotBeCheckedAndSaysWhy() throws Exception {
        Path file = Changelogs.addColumn(folder, "0005_band_genre", "band", "genre", "0004_create_author_book");
        workspace.migrate(null);
        Files.delete(file);

        assertThatThrownBy(() -> workspace.migrations.drift()).isInstanceOf(MigrationException.class)
                .hasMessage("Drift could not be checked: migration 0005_band_genre is applied, but its file is gone.");
    }

    @Test
    void aFileGoneOrEditedAfterADriftCheckIsSeenByTheNextOne() throws Exception {
        Path file = Changelogs.addColumn(folder, "0005_band_genre", "band", "genre", "0004_create_author_book");
        workspace.migrate(null);
        assertThat(workspace.migrations.drift().differences()).isEmpty(); // worked out, and kept

        Files.writeString(file, Files.readString(file).replace("genre", "style"));
        assertThat(workspace.migrations.drift().differences()).isNotEmpty(); // the file no longer makes genre

        Files.delete(file);
        assertThatThrownBy(() -> workspace.migrations.drift()).isInstanceOf(MigrationException.class)
                .hasMessage("Drift could not be checked: migration 0005_band_genre is applied, but its file is gone.");
    }

    @Test
    void atZeroOnlyWhatWasMadeByHandIsDrift() throws Exception {
        workspace.migrate("zero");
        assertThat(workspace.migrations.drift().none()).isTrue();

        workspace.sql("CREATE TABLE band (id BIGINT PRIMARY KEY)");

        assertThat(lines()).containsExactly("drift: table band is in the database but no migration creates it");
    }
}
