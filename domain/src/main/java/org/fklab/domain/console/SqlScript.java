package org.fklab.domain.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons that are outside quotes and comments. The shell uses
 * the same reading to decide whether a multi-line statement is finished. Besides SQL's own comments
 * ({@code --} and {@code /* *&#47;}), a {@code #} outside quotes starts a comment to the end of the line, as it does
 * everywhere in fklab; such comments are taken out of the statements, since the database does not know them.
 */
public final class SqlScript {

    private SqlScript() {
    }

    /**
     * The statements in {@code text}, without their semicolons and {@code #} comments; blank ones and comments-only
     * ones are dropped.
     */
    public static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        Scanner scanner = new Scanner(text);
        int start = 0;
        while (scanner.advance()) {
            if (scanner.atTerminator()) {
                add(statements, withoutHashComments(text.substring(start, scanner.position())));
                start = scanner.position() + 1;
            }
        }
        add(statements, withoutHashComments(text.substring(start)));
        return statements;
    }

    /** The text with every {@code #} comment (outside quotes and SQL's own comments) taken out, to its line's end. */
    static String withoutHashComments(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        Scanner scanner = new Scanner(text);
        int segment = 0;
        boolean inComment = false;
        while (scanner.advance()) {
            if (scanner.inHashComment() && !inComment) {
                kept.append(text, segment, scanner.position());
                inComment = true;
            } else if (!scanner.inHashComment() && inComment) {
                segment = scanner.position();
                inComment = false;
            }
        }
        if (!inComment) {
            kept.append(text, segment, text.length());
        }
        return kept.toString();
    }

    /** Whether {@code text} ends with a semicolon that closes a statement (not one inside quotes or a comment). */
    public static boolean isComplete(String text) {
        Scanner scanner = new Scanner(text);
        int lastTerminator = -1;
        while (scanner.advance()) {
            if (scanner.atTerminator()) {
                lastTerminator = scanner.position();
            }
        }
        // a line comment ends with the text; an open quote or block comment does not
        return lastTerminator >= 0 && !scanner.insideQuoteOrBlockComment()
                && onlyComments(text.substring(lastTerminator + 1));
    }

    /** The text from its first character that is not white space or part of a comment. */
    public static String withoutLeadingComments(String text) {
        Scanner scanner = new Scanner(text);
        while (scanner.advance()) {
            if (scanner.wasCode()) {
                return text.substring(scanner.position());
            }
        }
        return "";
    }

    /**
     * Where a {@code --} comment that ends the text begins (nothing but white space after it), or -1. The shell reads
     * options there: {@code SELECT * FROM band; --out bands.csv} runs as SQL all the same.
     */
    public static int trailingLineComment(String text) {
        Scanner scanner = new Scanner(text);
        int start = -1;
        while (scanner.advance()) {
            if (scanner.startedLineComment()) {
                start = scanner.position();
            } else if (scanner.wasCode()) {
                start = -1;
            }
        }
        return start;
    }

    private static void add(List<String> statements, String candidate) {
        String trimmed = candidate.strip();
        if (!trimmed.isEmpty() && !onlyComments(trimmed)) {
            statements.add(trimmed);
        }
    }

    private static boolean onlyComments(String text) {
        Scanner scanner = new Scanner(text);
        while (scanner.advance()) {
            if (scanner.wasCode()) {
                return false;
            }
        }
        return true;
    }

    /** Walks the text one character at a time, tracking quotes and comments. */
    private static final class Scanner {
        private final String text;
        private int position = -1;
        private char quote;          // ' or " while inside one
        private boolean lineComment;
        private boolean hashComment; // a line comment that started with #, which the database does not know
        private boolean blockComment;
        private boolean code;
        private boolean startedLineComment;

        Scanner(String text) {
            this.text = text;
        }

        boolean advance() {
            position++;
            if (position >= text.length()) {
                return false;
            }
            char c = text.charAt(position);
            char next = position + 1 < text.length() ? text.charAt(position + 1) : 0;
            code = quote != 0 || (!lineComment && !blockComment && !Character.isWhitespace(c)
                    && !(c == '-' && next == '-') && !(c == '/' && next == '*') && c != '#');
            startedLineComment = false;
            if (lineComment) {
                lineComment = c != '\n';
                hashComment = hashComment && lineComment;
            } else if (blockComment) {
                if (c == '*' && next == '/') {
                    blockComment = false;
                    position++;
                }
            } else if (quote != 0) {
                if (c == quote) {
                    if (next == quote) {
                        position++; // doubled quote inside a literal
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '-' && next == '-') {
                lineComment = true;
                startedLineComment = true;
            } else if (c == '#') {
                lineComment = true;
                hashComment = true;
            } else if (c == '/' && next == '*') {
                blockComment = true;
                position++;
            }
            return true;
        }

        /** Whether the character just passed began a {@code --} comment. */
        boolean startedLineComment() {
            return startedLineComment;
        }

        boolean atTerminator() {
            return quote == 0 && !lineComment && !blockComment && text.charAt(position) == ';';
        }

        /** Whether the character just passed belongs to a {@code #} comment (its line break does not). */
        boolean inHashComment() {
            return hashComment;
        }

        /** Inside a quote or a block comment; a line comment ends with its line, and so with the text. */
        boolean insideQuoteOrBlockComment() {
            return quote != 0 || blockComment;
        }

        /** Whether the character just passed is part of a statement (not white space or a comment). */
        boolean wasCode() {
            return code;
        }

        int position() {
            return position;
        }
    }
}
