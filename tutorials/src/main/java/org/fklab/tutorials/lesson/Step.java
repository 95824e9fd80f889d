package org.fklab.tutorials.lesson;

import java.util.List;

/**
 * One step of a lesson: what to read, what to do, how fklab checks it, hints given one at a time, a solution,
 * and the attempts that test the check.
 *
 * @param check     every condition must hold for the step to be done
 * @param keep      what the step builds on: conditions that hold when it starts and must go on holding; when one
 *                  fails the learner has gone too far (or back), and is offered undo or a restart of the step
 * @param hints     given one at a time by {@code hint}: the idea first, the command last
 * @param wrong     plausible wrong attempts, each refused with its words
 * @param alsoRight other correct ways, each accepted
 * @param show      pictures shown after each change in this step
 */
public record Step(String title, String text, List<String> tryCommands, String goal, List<Condition> check,
                   List<Condition> keep, List<String> hints, List<String> solution, List<Attempt> wrong,
                   List<Attempt> alsoRight, List<Show> show) {

    public Step {
        tryCommands = List.copyOf(tryCommands);
        check = List.copyOf(check);
        keep = List.copyOf(keep);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        wrong = List.copyOf(wrong);
        alsoRight = List.copyOf(alsoRight);
        show = List.copyOf(show);
    }
}
