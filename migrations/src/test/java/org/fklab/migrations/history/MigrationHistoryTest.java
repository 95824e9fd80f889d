package org.fklab.migrations.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.MigrationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fklab's own record of every apply and unapply, which outlives Liquibase's record of what is applied. */
class MigrationHistoryTest {

    @TempDir
    Path folder;

    private final DataSource database = TestDatabases.empty();
    private final MigrationHistory history = new MigrationHistory(database);

    private Migrator migrator() {
        return new Migrator(database, MigrationCatalog.withWorkspace(folder));
    }

    @Test
    void aNewDatabaseHasNoHistory() {
        assertThat(history.entries()).isEmpty();
        assertThat(history.appliedChecksums()).isEmpty();
    }

    @Test
    void appliesAndUnappliesAreRecordedInOrder() {
        Migrator migrator = migrator();
        MigrationGraph graph = migrator.graph();

        migrator.apply(graph.get("0001_create_band"));
        migrator.apply(graph.get("0002_create_listing"));
        migrator.unapply(graph.get("0002_create_listing"));
        migrator.apply(graph.get("0002_create_listing"));

        assertThat(history.entries()).extracting(e -> e.migration() + " " + e.action()).containsExactly(
                "0001_create_band APPLIED", "0002_create_listing APPLIED", "0002_create_listing UNAPPLIED",
                "0002_create_listing APPLIED");
        assertThat(history.entries()).extracting(HistoryEntry::id).isSorted().doesNotHaveDuplicates();
        assertThat(history.entries()).extracting(HistoryEntry::at).isSorted().doesNotContainNull();
    }

    @Test
    void appliedChecksumsFollowTheLastAction() {
        Migrator migrator = migrator();
        MigrationGraph graph = migrator.graph();
        String band = graph.get("0001_create_band").checksum();
        String listing = graph.get("0002_create_listing").checksum();

        migrator.apply(graph.get("0001_create_band"));
        migrator.apply(graph.get("0002_create_listing"));
        assertThat(history.appliedChecksums()).containsOnly(
                entry("0001_create_band", band),
                entry("0002_create_listing", listing));

        migrator.unapply(graph.get("0002_create_listing"));
        assertThat(history.appliedChecksums()).containsOnlyKeys("0001_create_band");

        migrator.apply(graph.get("0002_create_listing"));
        assertThat(history.appliedChecksums()).containsEntry("0002_create_listing", listing).hasSize(2);
    }

    @Test
    void theChecksumIsTheFileAsItWasWhenApplied() {
        Changelogs.addColumn(folder, "0005_band_genre", "band", "genre", "0004_create_author_book");
        Migrator migrator = migrator();
        migrator.execute(migrator.planToLeaf());
        String applied = migrator.graph().get("0005_band_genre").checksum();
        Changelogs.addColumn(folder, "0005_band_genre", "band", "style", "0004_create_author_book");

        assertThat(history.appliedChecksums()).containsEntry("0005_band_genre", applied);
        assertThat(migrator().graph().get("0005_band_genre").checksum()).isNotEqualTo(applied);
    }

    @Test
    void unapplyingWhatIsNotAppliedRecordsNothing() {
        Migrator migrator = migrator();
        migrator.apply(migrator.graph().get("0001_create_band"));

        migrator.unapply(migrator.graph().get("0003_listing_band"));

        assertThat(history.entries()).extracting(HistoryEntry::migration).containsExactly("0001_create_band");
    }

    @Test
    void aPlanIsRecordedStepByStep() {
        Migrator migrator = migrator();
        migrator.execute(migrator.planTo("0003"));
        migrator.execute(migrator.planTo("0001"));

        assertThat(history.entries()).extracting(e -> e.action() + " " + e.migration()).containsExactly(
                "APPLIED 0001_create_band", "APPLIED 0002_create_listing", "APPLIED 0003_listing_band",
                "UNAPPLIED 0003_listing_band", "UNAPPLIED 0002_create_listing");
        assertThat(history.appliedChecksums()).containsOnlyKeys("0001_create_band");
    }
}
