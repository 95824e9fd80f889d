package org.fklab.migrations.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.Changelogs.addColumn;
import static org.fklab.migrations.Changelogs.writeText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.graph.Change;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceMigrationsTest {

    @TempDir
    Path folder;

    @Test
    void aMissingWorkspaceFolderMeansOnlyTheBuiltIns() {
        MigrationGraph graph = MigrationCatalog.withWorkspace(folder.resolve("not-yet")).load();

        assertThat(graph.inOrder()).extracting(Migration::name).containsExactly("0001_create_band",
                "0002_create_listing", "0003_listing_band", "0004_create_author_book");
        assertThat(graph.inOrder()).allMatch(Migration::builtIn);
    }

    @Test
    void workspaceChangelogsJoinTheBuiltInsAndOtherFilesAreIgnored() {
        Path file = addColumn(folder, "0005_band_genre", "band", "genre", "0004_create_author_book");
        writeText(folder, "0005_other.yml", "databaseChangeLog:\n  - property:\n      name: parents\n"
                + "      value: 0004_create_author_book\n  - changeSet:\n      id: o-1\n      author: t\n"
                + "      changes:\n" + Changelogs.addColumnChange("band", "other"));
        writeText(folder, "notes.txt", "not a migration: [");
        writeText(folder, "0005_backup.yaml.bak", "not a migration either: [");

        MigrationGraph graph = MigrationCatalog.withWorkspace(folder).load();

        assertThat(graph.inOrder()).extracting(Migration::name).endsWith("0005_band_genre", "0005_other");
        Migration genre = graph.get("0005_band_genre");
        assertThat(genre.builtIn()).isFalse();
        assertThat(genre.file()).contains(file);
        assertThat(genre.changelogPath()).isEqualTo("0005_band_genre.yaml");
        assertThat(genre.location()).isEqualTo(file.toString());
        assertThat(genre.parents()).containsExactly("0004_create_author_book");
        assertThat(graph.get("0005_other").changelogPath()).isEqualTo("0005_other.yml");
    }

    @Test
    void builtInMigrationsAreClasspathResources() {
        Migration band = MigrationCatalog.builtIn().load().get("0003_listing_band");

        assertThat(band.builtIn()).isTrue();
        assertThat(band.changelogPath()).isEqualTo("org/fklab/migrations/builtin/0003_listing_band.yaml");
        assertThat(band.location()).isEqualTo("built-in 0003_listing_band");
        assertThat(band.changeSets()).isEqualTo(3);
    }

    @Test
    void parentsMaySeparateNamesWithCommasOrSpaces() {
        addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        addColumn(folder, "0005_b", "band", "b", "0004_create_author_book");
        writeText(folder, "0006_m.yaml", "databaseChangeLog:\n  - property:\n      name: parents\n"
                + "      value: 0005_a,0005_b  0004_create_author_book\n  - changeSet:\n      id: m-1\n      author: t\n"
                + "      changes:\n" + Changelogs.emptyChange());

        Migration merge = MigrationCatalog.withWorkspace(folder).load().get("0006_m");

        assertThat(merge.parents()).containsExactly("0005_a", "0005_b", "0004_create_author_book");
        assertThat(merge.merge()).isTrue();
    }

    @Test
    void theChangesOfAChangelogAreSummarizedWithTableAndColumns() {
        Migration band = MigrationCatalog.builtIn().load().get("0003_listing_band");

        assertThat(band.changes()).extracting(Change::describe).containsExactly(
                "add column listing.band_id",
                "add foreign key fk_listing_band listing.band_id → band ON DELETE SET NULL",
                "add index ix_listing_band_id on listing.band_id");
        assertThat(band.changes()).extracting(Change::changeSetId).containsExactly("0003_listing_band-1",
                "0003_listing_band-2", "0003_listing_band-3");
        assertThat(band.changes().get(0).createdColumns()).containsExactly("band_id");
        assertThat(band.changes().get(1).createdColumns()).isEmpty();
    }

    @Test
    void aRenameCreatesItsNewNameAndACreateTableItsColumns() {
        writeText(folder, "0005_r.yaml", "databaseChangeLog:\n  - property:\n      name: parents\n"
                + "      value: 0004_create_author_book\n  - changeSet:\n      id: r-1\n      author: t\n"
                + "      changes:\n        - renameColumn:\n            tableName: BAND\n"
                + "            oldColumnName: name\n            newColumnName: Title\n");

        MigrationGraph graph = MigrationCatalog.withWorkspace(folder).load();
        Change rename = graph.get("0005_r").changes().get(0);
        Change author = graph.get("0004_create_author_book").changes().get(0);

        assertThat(rename.table()).isEqualTo("band");
        assertThat(rename.columns()).containsExactly("name", "title");
        assertThat(rename.createdColumns()).containsExactly("title");
        assertThat(rename.describe()).isEqualTo("rename column band.name to title");
        assertThat(author.createdColumns()).isEqualTo(List.of("id", "name", "created_at", "updated_at"));
    }

    @Test
    void theChecksumChangesWithTheText() throws Exception {
        Path file = addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        String before = MigrationCatalog.withWorkspace(folder).load().get("0005_a").checksum();
        writeText(folder, "0005_a.yaml", Files.readString(file) + "# edited\n");

        String after = MigrationCatalog.withWorkspace(folder).load().get("0005_a").checksum();

        assertThat(before).hasSize(64).isNotEqualTo(after);
    }

    @Test
    void aMigrationThatIsNotUtf8OrFarTooLargeIsNamedAndNotRead() throws Exception {
        Path latin1 = folder.resolve("0005_caf\u00e9.yaml");
        Files.write(latin1, "# caf\u00e9\ndatabaseChangeLog: []\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> MigrationCatalog.withWorkspace(folder).load())
                .isInstanceOf(org.fklab.migrations.MigrationException.class)
                .hasMessage(latin1 + ": this migration is not UTF-8 text. Save it as UTF-8 (or move it out of the"
                        + " migrations folder).");

        Files.delete(latin1);
        Path huge = folder.resolve("0005_huge.yaml");
        Files.writeString(huge, "#".repeat(5 * 1024 * 1024));
        assertThatThrownBy(() -> MigrationCatalog.withWorkspace(folder).load())
                .hasMessage(huge + " is 5120 KiB, far larger than a migration, so fklab does not read it. Move it out"
                        + " of the migrations folder.");
    }
}
