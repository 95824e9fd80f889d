package org.fklab.shell.launch;

import java.util.List;
import java.util.stream.Collectors;

import org.fklab.shell.repl.FklabParser;

/**
 * The words after fklab's own options ({@code fklab band add "De La Soul"}, which the calling shell hands over as
 * three words) put back together as the one command line a person would type, so it runs exactly as typed in the
 * shell: a word with spaces, quotes or a {@code #} is quoted again; an {@code sql} statement is passed on as it is.
 */
final class CommandWords {

    private CommandWords() {
    }

    static String join(List<String> words) {
        if (FklabParser.isSql(words.get(0))) {
            return String.join(" ", words);
        }
        return words.stream().map(CommandWords::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\''
                || c == '\\' || c == '#')) {
            return word;
        }
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
