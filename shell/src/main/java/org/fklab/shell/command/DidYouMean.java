package org.fklab.shell.command;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The names close to a word that names nothing: a typo of one, or the start of one. One rule for commands,
 * subcommands and options, so 'bnad', 'band lst' and 'band list --formt' are answered alike.
 */
public final class DidYouMean {

    private static final int MAX = 3;

    private DidYouMean() {
    }

    /** Up to three of {@code names}, closest first, that {@code typed} could have meant. */
    public static List<String> closest(String typed, Collection<String> names) {
        if (typed.isEmpty()) {
            return List.of();
        }
        int allowed = typed.length() <= 3 ? 1 : 2;
        return names.stream().distinct()
                .filter(name -> name.startsWith(typed) || distance(name, typed) <= allowed)
                .sorted(Comparator.comparingInt((String name) -> distance(name, typed)))
                .limit(MAX)
                .toList();
    }

    /** " Did you mean 'band list'?" for the suggestions, each after {@code before} ("band "); empty for none. */
    public static String sentence(String before, List<String> suggestions) {
        return suggestions.isEmpty() ? "" : " Did you mean " + suggestions.stream().map(s -> "'" + before + s + "'")
                .collect(Collectors.joining(" or ")) + "?";
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn one word into the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
