package org.fklab.tutorials.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Compares a learner's answer with the value a query gives, leniently: case and spaces do not count, nor quotes
 * around it, {@code 2} equals {@code 2.0}, "3 listings" and "three" answer 3, and "none" answers NULL or 0.
 */
public final class Answers {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    /** A number standing as a word of its own: the 3 of "3 listings", not the 2 of "x2". */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?<![A-Za-z0-9.])-?\\d+(?:\\.\\d+)?(?![A-Za-z0-9])");
    private static final Set<String> NOTHING = Set.of("null", "none", "nothing", "no one", "nobody", "no band",
            "no author", "-");

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private Answers() {
    }

    public static boolean matches(String given, String expected) {
        String answer = digits(loose(given));
        String value = loose(expected);
        if (answer.equals(value)) {
            return true;
        }
        if (value.equals("null")) {
            return NOTHING.contains(answer);
        }
        if (isNumber(value) && new BigDecimal(value).signum() == 0 && NOTHING.contains(answer)) {
            return true; // "none" answers a count of 0
        }
        if (isNumber(value)) {
            List<String> numbers = NUMBER_WORD.matcher(answer).results().map(MatchResult::group).toList();
            return numbers.size() == 1 && new BigDecimal(numbers.get(0)).compareTo(new BigDecimal(value)) == 0
                    && (isNumber(answer) || answer.replace(numbers.get(0), "").matches("[\\sa-z.,]*"));
        }
        return false;
    }

    /** "two listings" as "2 listings": a count may be written out. */
    private static String digits(String answer) {
        StringBuilder result = new StringBuilder();
        for (String word : answer.split(" ")) {
            int n = NUMBER_WORDS.indexOf(word);
            result.append(result.length() == 0 ? "" : " ").append(n >= 0 ? String.valueOf(n) : word);
        }
        return result.toString();
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** Without the quotes or the full stop a learner may put around an answer, in lower case with single spaces. */
    private static String loose(String text) {
        String stripped = text.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            if (stripped.endsWith(".") && !NUMBER.matcher(stripped).matches()) {
                stripped = stripped.substring(0, stripped.length() - 1).strip();
                changed = true;
            }
            if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                    || stripped.startsWith("'") && stripped.endsWith("'"))) {
                stripped = stripped.substring(1, stripped.length() - 1).strip();
                changed = true;
            }
        }
        return RowLookup.loose(stripped).toLowerCase(Locale.ROOT);
    }
}
