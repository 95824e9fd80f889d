package org.fklab.tutorials.check;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The outcome of a step's check: every condition with whether it holds; what the step builds on that no longer
 * holds (the learner went too far); and whether undo or restore took the database back past the step's start.
 */
public record CheckResult(List<Outcome> outcomes, List<Outcome> offTrack, Optional<Outcome> staleDatabase) {

    public CheckResult {
        outcomes = List.copyOf(outcomes);
        offTrack = List.copyOf(offTrack);
    }

    public CheckResult(List<Outcome> outcomes, List<Outcome> offTrack) {
        this(outcomes, offTrack, Optional.empty());
    }

    public boolean passed() {
        return !isOffTrack() && outcomes.stream().allMatch(Outcome::holds);
    }

    public boolean isOffTrack() {
        return !offTrack.isEmpty() || staleDatabase.isPresent();
    }

    public CheckResult withStaleDatabase(Outcome stale) {
        return new CheckResult(outcomes, offTrack, Optional.of(stale));
    }

    /** The lines of what does not hold, the off-track ones first. */
    public List<String> missing() {
        return Stream.of(staleDatabase.stream(), offTrack.stream(), outcomes.stream()).flatMap(s -> s)
                .filter(o -> !o.holds()).map(Outcome::line).toList();
    }

    /** Everything a failed check says, as one text: what a wrong attempt's words are looked for in. */
    public String failureText() {
        return missing().stream().collect(Collectors.joining(" "));
    }
}
