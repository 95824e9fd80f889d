package org.fklab.tutorials.check;

import java.util.Optional;

/**
 * One condition of a check and whether it holds, in the learner's terms.
 *
 * @param requirement what the condition asks, as a statement: "Cut Copy t-shirt points at Cut Copy"
 * @param holds       whether it holds now
 * @param detail      when it does not hold, what is there instead: "it points at band 1, De La Soul"
 * @param advice      the lesson's own sentence for a failure: what to do, or how to find out
 */
public record Outcome(String requirement, boolean holds, String detail, Optional<String> advice) {

    static Outcome holds(String requirement) {
        return new Outcome(requirement, true, "", Optional.empty());
    }

    static Outcome fails(String requirement, String detail) {
        return new Outcome(requirement, false, detail, Optional.empty());
    }

    static Outcome of(String requirement, boolean holds, String detail) {
        return holds ? holds(requirement) : fails(requirement, detail);
    }

    Outcome withAdvice(Optional<String> sentence) {
        return holds || sentence.isEmpty() ? this : new Outcome(requirement, false, detail, sentence);
    }

    Outcome withRequirement(Optional<String> says) {
        return says.map(s -> new Outcome(s, holds, detail, advice)).orElse(this);
    }

    /** The line shown for it, without its ✓ or ✗: the requirement, and when it fails, what is there and the advice. */
    public String line() {
        if (holds) {
            return sentence(requirement);
        }
        String text = detail.isBlank() ? sentence(requirement) : stripStop(requirement) + ": " + sentence(detail);
        return advice.map(a -> text + " " + sentence(a)).orElse(text);
    }

    private static String stripStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() || stripped.matches(".*[.!?]$") ? stripped : stripped + ".";
    }
}
