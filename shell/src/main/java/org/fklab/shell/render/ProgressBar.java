package org.fklab.shell.render;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.fklab.seed.load.LoadProgress;

/**
 * A one-line progress bar for long loads at the interactive prompt: rows, rate and time left. It shows
 * only after the first second, redraws in place, and clears itself at the end. Ctrl-C stops the load, which
 * then leaves nothing behind.
 */
public final class ProgressBar implements LoadProgress {

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final int WIDTH = 24;

    private final Console console;
    private final BooleanSupplier stop;
    private final long started = System.nanoTime();
    private boolean drawn;

    /** @param stop whether the person asked to stop (Ctrl-C) */
    public ProgressBar(Console console, BooleanSupplier stop) {
        this.console = console;
        this.stop = stop;
    }

    @Override
    public boolean stopRequested() {
        return stop.getAsBoolean();
    }

    @Override
    public void reading(String source, long bytesRead, long totalBytes, long rows, long totalRows) {
        long elapsed = System.nanoTime() - started;
        if (elapsed < DELAY_NANOS) {
            return;
        }
        double seconds = elapsed / 1e9;
        long rate = (long) (rows / seconds);
        StringBuilder line = new StringBuilder("\r").append(shortName(source)).append("  ");
        if (totalBytes > 0 || totalRows > 0) {
            double done = Math.min(1.0, totalBytes > 0 ? bytesRead / (double) totalBytes : rows / (double) totalRows);
            int filled = (int) Math.round(done * WIDTH);
            line.append('[').append("█".repeat(filled)).append("░".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(done * 100)));
            if (done > 0.01) {
                long left = Math.round(seconds / done - seconds);
                line.append(String.format(Locale.ROOT, "%,d rows  %,d rows/s  %d s left", rows, rate, left));
            } else {
                line.append(String.format(Locale.ROOT, "%,d rows", rows));
            }
        } else {
            line.append(String.format(Locale.ROOT, "%,d rows  %,d rows/s", rows, rate));
        }
        console.out().print(line.append("\u001b[K"));
        console.out().flush();
        drawn = true;
    }

    @Override
    public void finished() {
        if (drawn) {
            console.out().print("\r\u001b[K");
            console.out().flush();
            drawn = false;
        }
    }

    private static String shortName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }
}
