package org.fklab.domain.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL text cut into the pieces a person sees: words (keywords and names, {@code listing.band_id} being one),
 * quoted names, string literals, numbers, comments (SQL's {@code --} and {@code /* *&#47;}, and fklab's {@code #} to
 * the end of the line), symbols. The one reading of SQL text in fklab: {@link SqlScript} splits statements with it,
 * the shell's highlighting colours the tokens and its completion reads them. An unfinished literal or comment runs
 * to the end, as it does while a person is still typing it.
 */
public final class SqlTokens {

    public enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, COMMENT, SYMBOL, SPACE }

    /**
     * One piece of the text, from {@code start} to just before {@code end}; {@code finished} is false for a literal,
     * quoted name or block comment that the text ends inside.
     */
    public record Token(Kind kind, int start, int end, String text, boolean finished) {

        /** The word in capitals, for comparing with keywords; empty for anything that is not a word. */
        public String upper() {
            return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : "";
        }

        public boolean is(String keyword) {
            return upper().equals(keyword);
        }

        /** Whether this is the {@code ;} that ends a statement. */
        public boolean isTerminator() {
            return kind == Kind.SYMBOL && text.equals(";");
        }

        /** Whether this is white space or a comment: nothing the statement is made of. */
        public boolean isBlank() {
            return kind == Kind.SPACE || kind == Kind.COMMENT;
        }

        /** Whether this is a {@code #} comment, which the database does not know. */
        public boolean isHashComment() {
            return kind == Kind.COMMENT && text.startsWith("#");
        }

        /** Whether this is a {@code --} comment. */
        public boolean isLineComment() {
            return kind == Kind.COMMENT && text.startsWith("--");
        }
    }

    private SqlTokens() {
    }

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            Kind kind;
            boolean finished = true;
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
                finished = end >= 0;
                end = end < 0 ? text.length() : end + 2;
            } else if (c == '\'' || c == '"') {
                kind = c == '\'' ? Kind.STRING : Kind.QUOTED_NAME;
                int closed = closingQuote(text, i, c);
                finished = closed >= 0;
                end = finished ? closed : text.length();
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
            tokens.add(new Token(kind, i, end, text.substring(i, end), finished));
            i = end;
        }
        return tokens;
    }

    /** Whether {@code c} can be part of an unquoted name or keyword. */
    public static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Just after the quote that closes the one at {@code start} (a doubled quote stays inside), or -1. */
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
        return -1;
    }
}
