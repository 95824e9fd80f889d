package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.Databases;
import org.fklab.seed.SeedException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A file of several JDBC batches (5,000 rows each) is still all or nothing: on disk the batches before the
 * problem were committed and must be taken back.
 */
class BatchedLoadAllOrNothingTest {

    private static final int ROWS = 10_500;

    @TempDir
    Path folder;

    /** {@code id,name} for bands 100..100+ROWS-1, with {@code line}'s row replaced by {@code replacement}. */
    private CsvSource bands(int line, String replacement) throws IOException {
        String text = IntStream.range(0, ROWS)
                .mapToObj(i -> i + 2 == line ? replacement : (100 + i) + ",Band " + (100 + i))
                .collect(Collectors.joining("\n", "id,name\n", "\n"));
        return CsvSource.file(Files.writeString(folder.resolve("band.csv"), text, StandardCharsets.UTF_8),
                Optional.empty());
    }

    private void assertRefusedAndUnchanged(Sandbox sandbox, List<CsvSource> sources, String problemStart) {
        var before = Databases.rows(sandbox);

        SeedException refusal = catchThrowableOfType(SeedException.class,
                () -> new SeedLoader(sandbox).load(sources, false));

        assertThat(refusal).isNotNull();
        assertThat(Databases.rows(sandbox)).isEqualTo(before);
        assertThat(refusal.problems()).singleElement().asString().startsWith(problemStart);
        // in memory the identity counters are not transactional: the loader puts them back itself
        assertThat(Databases.nextIds(sandbox)).isEqualTo(Databases.BASELINE_NEXT_IDS);
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void typeProblemInTheThirdBatchTakesBackTheFirstTwo(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = kind.open(folder.resolve("db"))) {
            Databases.addBaseline(sandbox);
            CsvSource bands = bands(10_201, "x10201,Band X");

            assertRefusedAndUnchanged(sandbox, List.of(bands),
                    bands.name() + ":10201: column id: 'x10201' is not a whole number");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void duplicateIdInALaterBatchIsReportedAtItsOwnLine(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = kind.open(folder.resolve("db"))) {
            Databases.addBaseline(sandbox);
            CsvSource bands = bands(10_201, "100,Band 100 again");

            assertRefusedAndUnchanged(sandbox, List.of(bands), bands.name() + ":10201: the database refused this"
                    + " row: column id: '100' is already taken");
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void problemInTheChildFileTakesBackTheWholeParentFile(Databases.Kind kind) throws IOException {
        try (Sandbox sandbox = kind.open(folder.resolve("db"))) {
            Databases.addBaseline(sandbox);
            CsvSource bands = bands(0, null);
            Path listingFile = Files.writeString(folder.resolve("listing.csv"),
                    "title,band\nBand 100 poster,Band 100\nBand 10599 mug,Band 10599\nNirvana shirt,Nirvana\n",
                    StandardCharsets.UTF_8);
            CsvSource listings = CsvSource.file(listingFile, Optional.empty());

            assertRefusedAndUnchanged(sandbox, List.of(listings, bands),
                    listings.name() + ":4: column band: 'Nirvana' names no band");
        }
    }
}
