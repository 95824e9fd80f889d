package org.fklab.tutorials.engine;

import java.util.List;

/** The outcome of a step's check: every condition with whether it holds. */
public record CheckResult(List<Outcome> outcomes) {

    /** One condition and whether it holds; {@code missing} is what to say when it does not. */
    public record Outcome(String missing, boolean holds) {
    }

    public CheckResult {
        outcomes = List.copyOf(outcomes);
    }

    public boolean passed() {
        return outcomes.stream().allMatch(Outcome::holds);
    }

    /** The sentences of the conditions that do not hold. */
    public List<String> missing() {
        return outcomes.stream().filter(o -> !o.holds()).map(Outcome::missing).toList();
    }
}
