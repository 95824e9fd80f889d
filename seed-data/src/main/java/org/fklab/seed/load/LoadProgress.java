package org.fklab.seed.load;

/** Hears how a load is going, to draw a progress bar, and can ask it to stop; called a few times a second at most. */
public interface LoadProgress {

    LoadProgress NONE = new LoadProgress() {
    };

    /**
     * @param source     the file being read
     * @param bytesRead  how far into it
     * @param totalBytes its size, or -1 when unknown (a generated dataset)
     * @param rows       rows read from it so far
     * @param totalRows  the rows it holds when they are known beforehand (a generated dataset), or -1
     */
    default void reading(String source, long bytesRead, long totalBytes, long rows, long totalRows) {
    }

    /**
     * Asked every few thousand rows: true when the person wants the load stopped (Ctrl-C). The load then
     * stops and, being all or nothing, leaves nothing behind.
     */
    default boolean stopRequested() {
        return false;
    }

    /** The load is over (loaded, refused or rolled back). */
    default void finished() {
    }
}
