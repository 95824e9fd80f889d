package org.fklab.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL text cut into the pieces a person sees: words (keywords and names, {@code listing.band_id} being one),
 * quoted names, string literals, numbers, comments, symbols. Highlighting colours them and completion reads
 * them; an unfinished literal or comment runs to the end, as it does while a person is still typing it.
 */
final class SqlTokens {

    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, COMMENT, SYMBOL, SPACE }

    record Token(Kind kind, int start, int end, String text) {

        /** The word in capitals, for comparing with keywords; empty for anything that is not a word. */
        String upper() {
            return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : "";
        }

        boolean is(String keyword) {
            return upper().equals(keyword);
        }
    }

    private SqlTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            Kind kind;
            if (Character.isWhitespace(c)) {
                kind = Kind.SPACE;
                end = i + 1;
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            } else if (c == '-' && text.startsWith("--", i) || c == '#') {
                kind = Kind.COMMENT;
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (c == '/' && text.startsWith("/*", i)) {
                kind = Kind.COMMENT;
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (c == '\'' || c == '"') {
                kind = c == '\'' ? Kind.STRING : Kind.QUOTED_NAME;
                end = closingQuote(text, i, c);
            } else if (Character.isDigit(c)) {
                kind = Kind.NUMBER;
                end = i + 1;
                while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
            } else if (isNamePart(c)) {
                kind = Kind.WORD;
                end = i + 1;
                while (end < text.length() && (isNamePart(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
            } else {
                kind = Kind.SYMBOL;
                end = i + 1;
            }
            tokens.add(new Token(kind, i, end, text.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Just after the quote that closes the one at {@code start} (a doubled quote stays inside), or the end. */
    private static int closingQuote(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
