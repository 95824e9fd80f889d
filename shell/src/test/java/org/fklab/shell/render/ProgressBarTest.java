package org.fklab.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter out = new StringWriter();
    private final Console console = new Console(new PrintWriter(out), new PrintWriter(new StringWriter()),
            Styles.plain());

    private ProgressBar startedASecondAgo() throws InterruptedException {
        ProgressBar bar = new ProgressBar(console, () -> false);
        Thread.sleep(1_100); // it draws nothing during the first second
        return bar;
    }

    @Test
    void aFileShowsHowFarThroughItsBytesTheLoadIsAndTheTimeLeft() throws InterruptedException {
        ProgressBar bar = startedASecondAgo();

        bar.reading("/class/listing.csv", 250, 1_000, 40_000, -1);

        assertThat(out.toString()).startsWith("\rlisting.csv  [██████░░░░░░░░░░░░░░░░░░]  25%  40,000 rows  ")
                .contains(" rows/s  ").containsPattern("  [0-9]+ s left");
    }

    @Test
    void aGeneratedDatasetShowsHowFarThroughItsRows() throws InterruptedException {
        ProgressBar bar = startedASecondAgo();

        bar.reading("generated listing.csv", 9_999_999, -1, 150_000, 300_000);

        assertThat(out.toString()).startsWith("\rgenerated listing.csv  [████████████░░░░░░░░░░░░]  50%  150,000 rows")
                .contains("s left");
    }

    @Test
    void withoutASizeOrARowCountItShowsRowsAndRateOnly() throws InterruptedException {
        ProgressBar bar = startedASecondAgo();

        bar.reading("piped.csv", 5_000, -1, 12_345, -1);

        assertThat(out.toString()).startsWith("\rpiped.csv  12,345 rows  ").contains("rows/s").doesNotContain("%", "left");
    }

    @Test
    void nothingIsDrawnDuringTheFirstSecondAndTheLineIsClearedAtTheEnd() throws InterruptedException {
        ProgressBar quick = new ProgressBar(console, () -> false);
        quick.reading("band.csv", 10, 100, 3, -1);
        quick.finished();
        assertThat(out.toString()).isEmpty();

        ProgressBar slow = startedASecondAgo();
        slow.reading("band.csv", 10, 100, 3, -1);
        slow.finished();
        assertThat(out.toString()).endsWith("\r\u001b[K");
    }
}
