package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.SeedException;
import org.fklab.seed.generate.DatasetGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long load tells how far it has read, so the shell can draw a progress bar, and says when it is over. */
class LoadProgressTest {

    @TempDir
    Path folder;

    /** Every call, in order. */
    private static final class Recorder implements LoadProgress {
        record Reading(String source, long bytesRead, long totalBytes, long rows, long totalRows) {
        }

        final List<Reading> readings = new ArrayList<>();
        int finished;

        @Override
        public void reading(String source, long bytesRead, long totalBytes, long rows, long totalRows) {
            readings.add(new Reading(source, bytesRead, totalBytes, rows, totalRows));
        }

        @Override
        public void finished() {
            finished++;
        }

        List<Reading> of(String source) {
            return readings.stream().filter(r -> r.source().equals(source)).toList();
        }
    }

    private Path save(CsvSource generated, String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = generated.opener().open()) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The file, read as from a slow disk: the load takes over a second whatever the machine. */
    private static CsvSource slowly(Path file) throws IOException {
        return new CsvSource(file.toString(), Optional.empty(), () -> new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    Thread.sleep(6);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(buffer, offset, Math.min(length, 4096));
            }
        }, Files.size(file));
    }

    @Test
    void bigFileReportsGrowingBytesAndRowsThenItsWholeSizeAndFinishes() throws IOException {
        // given: a generated dataset saved as files, so their sizes are known
        DatasetGenerator generator = new DatasetGenerator(1_000, 15_000, 42);
        Path bands = save(generator.bandCsv(), "band.csv");
        Path listings = save(generator.listingCsv(), "listing.csv");
        Recorder progress = new Recorder();

        try (Sandbox sandbox = TestSandbox.migrated()) {
            // when
            new SeedLoader(sandbox).load(List.of(slowly(listings), CsvSource.file(bands, Optional.empty())),
                    new SeedLoader.Options(false, false, progress));
        }

        // then
        List<Recorder.Reading> listing = progress.of(listings.toString());
        assertThat(listing).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < listing.size(); i++) {
            assertThat(listing.get(i).bytesRead()).isGreaterThan(listing.get(i - 1).bytesRead());
            assertThat(listing.get(i).rows()).isGreaterThan(listing.get(i - 1).rows());
        }
        assertThat(listing).allSatisfy(r -> assertThat(r.totalBytes()).isEqualTo(Files.size(listings)));
        Recorder.Reading last = listing.get(listing.size() - 1);
        assertThat(last.bytesRead()).isEqualTo(Files.size(listings));
        assertThat(last.rows()).isEqualTo(15_000);
        assertThat(progress.of(bands.toString())).last()
                .isEqualTo(new Recorder.Reading(bands.toString(), Files.size(bands), Files.size(bands), 1_000, -1));
        assertThat(progress.readings.get(0).source()).as("the parents are read first").isEqualTo(bands.toString());
        assertThat(progress.finished).isEqualTo(1);
    }

    @Test
    void aGeneratedDatasetHasNoSizeButSaysHowManyRowsItHolds() {
        DatasetGenerator generator = new DatasetGenerator(50, 3_000, 42);
        Recorder progress = new Recorder();

        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SeedLoader(sandbox).load(List.of(generator.listingCsv(), generator.bandCsv()),
                    new SeedLoader.Options(false, true, progress));
        }

        assertThat(progress.of("generated listing.csv")).last().satisfies(r -> {
            assertThat(r.totalBytes()).isEqualTo(-1);
            assertThat(r.rows()).isEqualTo(3_000);
            assertThat(r.totalRows()).isEqualTo(3_000);
        });
        assertThat(progress.of("generated band.csv")).last().extracting(Recorder.Reading::totalRows).isEqualTo(50L);
    }

    @Test
    void refusedLoadIsFinishedToo() throws IOException {
        Path file = Files.writeString(folder.resolve("band.csv"), "id,name\nx,Muse\n", StandardCharsets.UTF_8);
        Recorder progress = new Recorder();

        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThatThrownBy(() -> new SeedLoader(sandbox).load(List.of(CsvSource.file(file, Optional.empty())),
                    new SeedLoader.Options(false, false, progress))).isInstanceOf(SeedException.class);
        }

        assertThat(progress.finished).isEqualTo(1);
    }

    @Test
    void aLoadAskedToStopStopsAndLeavesNothingBehind() throws IOException {
        DatasetGenerator generator = new DatasetGenerator(100, 20_000, 7);
        Path bands = save(generator.bandCsv(), "band.csv");
        Path listings = save(generator.listingCsv(), "listing.csv");
        LoadProgress stopAfterTheBands = new LoadProgress() {
            private int asked;

            @Override
            public boolean stopRequested() {
                return ++asked > 2; // asked every 1,024 rows: the bands pass, the listings are stopped
            }
        };

        try (Sandbox sandbox = TestSandbox.migrated()) {
            long bandsBefore = count(sandbox, "band");
            long listingsBefore = count(sandbox, "listing");

            assertThatThrownBy(() -> new SeedLoader(sandbox).load(List.of(CsvSource.file(listings, Optional.empty()),
                    CsvSource.file(bands, Optional.empty())), new SeedLoader.Options(false, false, stopAfterTheBands)))
                    .isInstanceOf(SeedException.class)
                    .satisfies(e -> assertThat(((SeedException) e).problems()).singleElement().asString()
                            .startsWith(listings + ":").endsWith(": stopped here, as asked (Ctrl-C)."));
            assertThat(count(sandbox, "band")).isEqualTo(bandsBefore);
            assertThat(count(sandbox, "listing")).isEqualTo(listingsBefore);
        }
    }

    private static long count(Sandbox sandbox, String table) {
        return sandbox.rolledBack(session -> {
            try (var statement = session.getConnection().createStatement();
                 var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                result.next();
                return result.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
