package org.fklab.shell.repl;

import java.util.List;

import org.fklab.domain.console.SqlTokens;

import org.jline.reader.CompletingParsedLine;

/**
 * A {@code sql} line as completion sees it: the word being completed is the name under the cursor
 * ({@code listing.ba}), cut at SQL's punctuation rather than at spaces, and candidates go in as they are
 * (a join condition keeps its spaces, SQL keeps its own quotes).
 */
final class SqlLine implements CompletingParsedLine {

    private final String line;
    private final int cursor;
    private final int wordStart;
    private final int wordEnd;

    SqlLine(String line, int cursor) {
        this.line = line;
        this.cursor = cursor;
        int start = cursor;
        while (start > 0 && isWordPart(line.charAt(start - 1))) {
            start--;
        }
        int end = cursor;
        while (end < line.length() && isWordPart(line.charAt(end))) {
            end++;
        }
        this.wordStart = start;
        this.wordEnd = end;
    }

    private static boolean isWordPart(char c) {
        return SqlTokens.isNamePart(c) || c == '.';
    }

    /** Where the word being completed starts in {@link #line()}. */
    int wordStart() {
        return wordStart;
    }

    @Override
    public String word() {
        return line.substring(wordStart, wordEnd);
    }

    @Override
    public int wordCursor() {
        return cursor - wordStart;
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word());
    }

    @Override
    public String line() {
        return line;
    }

    @Override
    public int cursor() {
        return cursor;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return wordCursor();
    }

    @Override
    public int rawWordLength() {
        return wordEnd - wordStart;
    }
}
