package org.fklab.tutorials.engine;

/**
 * A place in the tutorial: a lesson (by its id) and a step (from 0). A copy of the database taken during a step
 * carries its mark, so that putting the copy back tells whether the database still belongs to the current step.
 * An empty lesson means outside any lesson.
 */
public record StepMark(String lesson, int step) {

    public static final StepMark OUTSIDE = new StepMark("", 0);

    public boolean outside() {
        return lesson.isEmpty();
    }
}
