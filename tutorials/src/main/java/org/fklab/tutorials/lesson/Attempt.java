package org.fklab.tutorials.lesson;

import java.util.List;

/**
 * Commands a learner plausibly types in a step, kept with the lesson as its own test: a wrong attempt, whose
 * check must fail with {@code words} in what it says, or a right one (another correct way), which must pass.
 *
 * @param where the file and line, for the report of {@code tutorial play --attempts}
 */
public record Attempt(List<String> commands, List<String> words, String where) {

    public Attempt {
        commands = List.copyOf(commands);
        words = List.copyOf(words);
    }
}
