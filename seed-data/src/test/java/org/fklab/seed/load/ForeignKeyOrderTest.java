package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Files given together load parents first, whatever order they are given in. */
class ForeignKeyOrderTest {

    private static final List<String> TABLES = List.of("book", "author", "listing", "band");

    @TempDir
    static Path folder;

    private static Sandbox sandbox;

    @BeforeAll
    static void openSandbox() {
        sandbox = TestSandbox.migrated();
    }

    @AfterAll
    static void closeSandbox() {
        sandbox.close();
    }

    /** Each order starts from empty tables (ids go on, which the checks below do not depend on). */
    @AfterEach
    void emptyTables() {
        Databases.sql(sandbox, "DELETE FROM book; DELETE FROM author; DELETE FROM listing; DELETE FROM band");
    }

    /** Children name their parents (band, author), so a child loaded before its parent would be refused. */
    @BeforeAll
    static void writeDataset() throws IOException {
        write("band.csv", "name\nDe La Soul\nFoo Fighters\n");
        write("listing.csv", "title,band\nDe La Soul tour poster,De La Soul\nFoo Fighters single poster,Foo Fighters\n"
                + "Mystery mug,\n");
        write("author.csv", "name\nJane Austen\nMary Shelley\n");
        write("book.csv", "title,author\nEmma,Jane Austen\nFrankenstein,Mary Shelley\nPersuasion,Jane Austen\n");
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Stream<List<String>> everyOrder() {
        List<List<String>> orders = new ArrayList<>();
        permute(new ArrayList<>(), new ArrayList<>(TABLES), orders);
        return orders.stream();
    }

    private static void permute(List<String> prefix, List<String> rest, List<List<String>> out) {
        if (rest.isEmpty()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (String table : rest) {
            prefix.add(table);
            List<String> remaining = new ArrayList<>(rest);
            remaining.remove(table);
            permute(prefix, remaining, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOrder")
    void parentsLoadBeforeTheirChildrenWhateverTheOrderGiven(List<String> order) {
        // given
        List<CsvSource> sources = order.stream()
                .map(table -> CsvSource.file(folder.resolve(table + ".csv"), Optional.empty())).toList();

        // when
        LoadReport report = new SeedLoader(sandbox).load(sources, false);

        // then
        List<String> loaded = report.tables().stream().map(LoadReport.TableCount::table).toList();
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(TABLES);
        assertThat(loaded.indexOf("band")).isLessThan(loaded.indexOf("listing"));
        assertThat(loaded.indexOf("author")).isLessThan(loaded.indexOf("book"));
        assertThat(report.tables()).allSatisfy(t -> assertThat(t.source()).endsWith(t.table() + ".csv"));
        assertThat(report.totalRows()).isEqualTo(10);
        assertThat(Databases.query(sandbox, "SELECT l.title, b.name FROM listing l LEFT JOIN band b"
                + " ON b.id = l.band_id ORDER BY l.title")).containsExactly(
                List.of("De La Soul tour poster", "De La Soul"),
                List.of("Foo Fighters single poster", "Foo Fighters"),
                Arrays.asList("Mystery mug", null));
        assertThat(Databases.query(sandbox, "SELECT k.title, a.name FROM book k JOIN author a"
                + " ON a.id = k.author_id ORDER BY k.title")).containsExactly(
                List.of("Emma", "Jane Austen"),
                List.of("Frankenstein", "Mary Shelley"),
                List.of("Persuasion", "Jane Austen"));
    }
}
