package org.fklab.shell.repl;

import java.util.List;

import org.jline.reader.CompletingParsedLine;

/**
 * A command line as completion sees it, which puts a value with spaces or quotes in double quotes
 * ({@code band show "Foo Fighters"}) where JLine would put a backslash before each space.
 */
final class QuotingLine implements CompletingParsedLine {

    private final CompletingParsedLine words;

    QuotingLine(CompletingParsedLine words) {
        this.words = words;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        String typed = line().substring(cursor() - rawWordCursor(), cursor());
        String value = candidate.toString();
        boolean quoteOpened = typed.startsWith("\"") || typed.startsWith("'");
        if (quoteOpened || value.chars().noneMatch(c -> Character.isWhitespace(c) || "\"'\\;#".indexOf(c) >= 0)) {
            return words.escape(candidate, complete);
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + (complete ? "\"" : "");
    }

    @Override
    public int rawWordCursor() {
        return words.rawWordCursor();
    }

    @Override
    public int rawWordLength() {
        return words.rawWordLength();
    }

    @Override
    public String word() {
        return words.word();
    }

    @Override
    public int wordCursor() {
        return words.wordCursor();
    }

    @Override
    public int wordIndex() {
        return words.wordIndex();
    }

    @Override
    public List<String> words() {
        return words.words();
    }

    @Override
    public String line() {
        return words.line();
    }

    @Override
    public int cursor() {
        return words.cursor();
    }
}
