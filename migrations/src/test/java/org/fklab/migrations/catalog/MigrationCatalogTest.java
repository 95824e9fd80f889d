package org.fklab.migrations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.junit.jupiter.api.Test;

class MigrationCatalogTest {

    @Test
    void theBuiltInIndexListsEveryChangelogInTheFolder() throws Exception {
        Path folder = Path.of("src/main/resources", MigrationCatalog.BUILT_IN_FOLDER);
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(MigrationCatalog::isChangelog)
                    .map(f -> f.substring(0, f.lastIndexOf('.'))).sorted().collect(Collectors.toList());
        }

        assertThat(MigrationCatalog.builtInNames()).containsExactlyElementsOf(files);
    }

    @Test
    void theBuiltInMigrationsFormOneLineEachNamingItsParent() {
        MigrationGraph graph = MigrationCatalog.builtIn().load();

        assertThat(graph.inOrder()).extracting(Migration::name).containsExactly("0001_create_band",
                "0002_create_listing", "0003_listing_band", "0004_create_author_book");
        assertThat(graph.get("0001_create_band").parents()).isEmpty();
        assertThat(graph.get("0003_listing_band").parents()).containsExactly("0002_create_listing");
        assertThat(graph.leaves()).extracting(Migration::name).containsExactly("0004_create_author_book");
        assertThat(graph.resolve("0003").name()).isEqualTo("0003_listing_band");
    }
}
