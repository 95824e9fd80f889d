package org.fklab.tutorials.lesson;

import java.util.List;

/**
 * A lesson as its file describes it.
 *
 * @param id     the file name without extension, {@code 02-adding-the-relationship}
 * @param number its place in the list of lessons, from 1
 * @param origin where it came from, for messages (a file path or "built-in")
 * @param folder where a dataset folder named by {@link Start#dataset()} is looked for: a classpath folder
 *               for built-in lessons ({@code org/fklab/tutorials/lessons/}), a directory path otherwise
 */
public record Lesson(String id, int number, String title, String summary, Start start, List<Step> steps, String origin,
                     String folder, boolean builtIn) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /** The name without its number: {@code adding-the-relationship}. */
    public String slug() {
        int dash = id.indexOf('-');
        return dash > 0 && id.substring(0, dash).chars().allMatch(Character::isDigit) ? id.substring(dash + 1) : id;
    }

    public Lesson numbered(int newNumber) {
        return new Lesson(id, newNumber, title, summary, start, steps, origin, folder, builtIn);
    }
}
