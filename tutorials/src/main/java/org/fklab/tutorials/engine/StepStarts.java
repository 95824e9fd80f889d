package org.fklab.tutorials.engine;

/**
 * Copies of the workspace as each step of the current lesson began, kept by whoever owns the workspace's files (the
 * shell), so that {@code tutorial restart-step} and {@code tutorial play --attempts} can go back to a step's start.
 */
public interface StepStarts {

    /** Keeps the workspace as it is now as the start of that step (replacing an older copy). */
    void save(StepMark step);

    /** Puts back the start of that step; false when no copy of it was kept. */
    boolean restore(StepMark step);

    /** Forgets every step's start: a new lesson has begun. */
    void forget();

    /** Keeps nothing: for an engine that is only asked to check. */
    StepStarts NONE = new StepStarts() {
        @Override
        public void save(StepMark step) {
        }

        @Override
        public boolean restore(StepMark step) {
            return false;
        }

        @Override
        public void forget() {
        }
    };
}
