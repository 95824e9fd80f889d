package org.fklab.tutorials.lesson;

import java.util.Optional;

/**
 * One thing a step's check requires, as the lesson file states it.
 *
 * @param requirement what is looked at
 * @param says        the requirement in the lesson's words, for the ✓/✗ list (typed conditions have their own)
 * @param missing     what to tell the learner when it does not hold: what to do, or how to find out
 * @param where       the file and line, for messages about the lesson itself
 */
public record Condition(Requirement requirement, Optional<String> says, Optional<String> missing, String where) {
}
