package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fklab.domain.band.Bands;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.fklab.seed.SeedException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** After a load that gave explicit ids, the database numbers new rows after the highest, never onto one. */
class IdentityContinuationTest {

    @TempDir
    Path folder;

    private CsvSource csv(String name, String text) throws IOException {
        return CsvSource.file(Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8), Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void plainAddAfterLoadingIdsUpToFortyGetsFortyOne(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = kind.open(folder.resolve("db"))) {
            // given: ids 1..40 out of order, the highest first
            String rows = IntStream.rangeClosed(1, 40).map(i -> 41 - i).mapToObj(i -> i + ",Band " + i)
                    .collect(Collectors.joining("\n", "id,name\n", "\n"));

            // when
            new SeedLoader(sandbox).load(List.of(csv("band.csv", rows)), false);

            // then
            assertThat(new Bands(sandbox).add("X").getId()).isEqualTo(41L);
            assertThat(new Bands(sandbox).add("Y").getId()).isEqualTo(42L);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void everyTableGivenIdsGoesOnAfterItsHighest(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = kind.open(folder.resolve("db"))) {
            // given: gaps in the ids, and a child table loaded with ids too
            CsvSource bands = csv("band.csv", "id,name\n5,Muse\n17,Blur\n9,Pulp\n");
            CsvSource listings = csv("listing.csv", "id,title,band_id\n300,Muse poster,5\n12,Blur mug,17\n");
            CsvSource authors = csv("author.csv", "name\nJane Austen\n"); // numbered by the database

            // when
            new SeedLoader(sandbox).load(List.of(listings, bands, authors), false);

            // then
            assertThat(Databases.nextIds(sandbox)).containsEntry("band", 18L).containsEntry("listing", 301L)
                    .containsEntry("author", 2L);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void secondLoadWithoutIdsNumbersAfterTheFirstLoadsIds(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = kind.open(folder.resolve("db"))) {
            new SeedLoader(sandbox).load(List.of(csv("band.csv", "id,name\n40,Muse\n")), false);

            new SeedLoader(sandbox).load(List.of(csv("bands.csv", "name\nBlur\nPulp\n")), false);

            assertThat(Databases.query(sandbox, "SELECT id, name FROM band ORDER BY id")).containsExactly(
                    List.of(40L, "Muse"), List.of(41L, "Blur"), List.of(42L, "Pulp"));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void refusedLoadOfExplicitIdsLeavesTheNextIdWhereItWas(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = kind.open(folder.resolve("db"))) {
            // given: rows 10 and 11 go in before line 4 is refused
            new Bands(sandbox).add("De La Soul");
            CsvSource bands = csv("band.csv", "id,name\n10,Muse\n11,Blur\nx,Pulp\n");

            // when
            assertThatThrownBy(() -> new SeedLoader(sandbox).load(List.of(bands), false))
                    .isInstanceOf(SeedException.class).hasMessageContaining(":4: column id: 'x'");

            // then
            assertThat(new Bands(sandbox).add("Next").getId()).isEqualTo(2L);
        }
    }
}
