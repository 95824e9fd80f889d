package org.fklab.tutorials.lesson;

import java.util.List;

/** One step of a lesson: what to read, what to do, how fklab checks it, a hint, and a solution. */
public record Step(String title, String text, List<String> tryCommands, String goal, List<Condition> check, String hint,
                   List<String> solution) {

    public Step {
        tryCommands = List.copyOf(tryCommands);
        check = List.copyOf(check);
        solution = List.copyOf(solution);
    }
}
