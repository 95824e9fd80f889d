package org.fklab.seed.load;

/** Hears how a load is going, to draw a progress bar; called a few times a second at most. */
public interface LoadProgress {

    LoadProgress NONE = new LoadProgress() {
    };

    /**
     * @param source    the file being read
     * @param bytesRead how far into it
     * @param totalBytes its size, or -1 when unknown (a generated dataset)
     * @param rows      rows read from it so far
     */
    default void reading(String source, long bytesRead, long totalBytes, long rows) {
    }

    /** The load is over (loaded, refused or rolled back). */
    default void finished() {
    }
}
