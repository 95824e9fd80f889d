package org.fklab.seed;

import java.util.List;

/**
 * A load that was refused, with every problem found (up to a limit), each naming file:line, the column
 * and the value. Nothing was inserted.
 */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(String summary, List<String> problems) {
        super(summary + (problems.isEmpty() ? "" : System.lineSeparator() + "  " + String.join(
                System.lineSeparator() + "  ", problems)));
        this.problems = List.copyOf(problems);
    }

    public SeedException(String message) {
        this(message, List.of());
    }

    public List<String> problems() {
        return problems;
    }
}
