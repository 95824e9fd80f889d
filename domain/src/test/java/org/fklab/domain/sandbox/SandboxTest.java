package org.fklab.domain.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.band.Band;
import org.fklab.domain.band.BandMapper;
import org.fklab.domain.band.Bands;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTest {

    @TempDir
    Path workspace;

    private Path databaseFolder() throws Exception {
        return Files.createDirectories(workspace.resolve("db"));
    }

    private static void migrate(Sandbox sandbox) {
        Migrator migrator = new Migrator(sandbox.dataSource(), MigrationCatalog.builtIn());
        migrator.execute(migrator.planToLeaf());
    }

    @Test
    void fileDatabaseKeepsItsRowsAcrossCloseAndReopen() throws Exception {
        // given
        Path folder = databaseFolder();
        try (Sandbox first = Sandbox.openFile(folder)) {
            migrate(first);
            new Bands(first).add("Sigur Rós");
            new Bands(first).add("Muse");
        }

        // when
        try (Sandbox second = Sandbox.openFile(folder)) {
            // then
            assertThat(new Bands(second).list()).extracting(Band::getId, Band::getName)
                    .containsExactly(tuple(1L, "Sigur Rós"), tuple(2L, "Muse"));
            assertThat(second.description()).isEqualTo(folder.toString());
            assertThat(Migrator.neverMigrated(second.dataSource())).isFalse();
        }
        assertThat(folder.resolve("fklab.script")).exists();
    }

    @Test
    void openingAFolderInUseIsRefusedUntilTheFirstIsClosed() throws Exception {
        // given
        Path folder = databaseFolder();
        Sandbox first = Sandbox.openFile(folder);
        try {
            migrate(first);
            new Bands(first).add("Muse");

            // when / then
            assertThatThrownBy(() -> Sandbox.openFile(folder))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("in use by another fklab shell")
                    .hasMessageContaining(workspace.toString());

            // the refused attempt did not disturb the open database
            assertThat(new Bands(first).list()).extracting(Band::getName).containsExactly("Muse");
        } finally {
            first.close();
        }

        // after closing, the folder opens again with its rows
        try (Sandbox again = Sandbox.openFile(folder)) {
            assertThat(new Bands(again).list()).extracting(Band::getName).containsExactly("Muse");
        }
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        Path folder = databaseFolder();
        Sandbox sandbox = Sandbox.openFile(folder);

        sandbox.close();
        sandbox.close();

        try (Sandbox again = Sandbox.openFile(folder)) {
            assertThat(Migrator.neverMigrated(again.dataSource())).isTrue();
        }
    }

    @Test
    void inMemorySandboxesAreIndependent() {
        try (Sandbox one = TestSandbox.migrated(); Sandbox two = TestSandbox.migrated()) {
            new Bands(one).add("Muse");

            assertThat(new Bands(one).list()).hasSize(1);
            assertThat(new Bands(two).list()).isEmpty();
            assertThat(one.description()).isEqualTo("in memory");
        }
    }

    @Test
    void inTransactionRollsBackWhenTheWorkThrows() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            assertThatThrownBy(() -> sandbox.inTransaction(session -> {
                Band band = new Band();
                band.setName("Muse");
                session.getMapper(BandMapper.class).insert(band);
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");

            assertThat(bands.list()).isEmpty();
        }
    }

    @Test
    void rolledBackUndoesWhatTheWorkDid() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            Long id = sandbox.rolledBack(session -> {
                Band band = new Band();
                band.setName("Muse");
                session.getMapper(BandMapper.class).insert(band);
                return band.getId();
            });

            assertThat(id).isEqualTo(1L);
            assertThat(bands.list()).isEmpty();
        }
    }
}
