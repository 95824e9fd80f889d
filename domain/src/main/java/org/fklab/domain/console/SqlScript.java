package org.fklab.domain.console;

import java.util.ArrayList;
import java.util.List;

import org.fklab.domain.console.SqlTokens.Token;

/**
 * Splits SQL text into statements at semicolons that are outside quotes and comments, reading it as {@link SqlTokens}
 * does. The shell uses
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
        StringBuilder statement = new StringBuilder();
        for (Token token : SqlTokens.of(text)) {
            if (token.isTerminator()) {
                add(statements, statement.toString());
                statement.setLength(0);
            } else if (!token.isHashComment()) {
                statement.append(token.text());
            }
        }
        add(statements, statement.toString());
        return statements;
    }

    /** Whether {@code text} ends with a semicolon that closes a statement (not one inside quotes or a comment). */
    public static boolean isComplete(String text) {
        List<Token> tokens = SqlTokens.of(text);
        int last = tokens.size() - 1;
        while (last >= 0 && tokens.get(last).isBlank() && tokens.get(last).finished()) {
            last--; // a line comment ends with the text; an open quote or block comment does not
        }
        return last >= 0 && tokens.get(last).isTerminator();
    }

    /** The text from its first character that is not white space or part of a comment. */
    public static String withoutLeadingComments(String text) {
        for (Token token : SqlTokens.of(text)) {
            if (!token.isBlank()) {
                return text.substring(token.start());
            }
        }
        return "";
    }

    /**
     * Where a {@code --} comment that ends the text begins (nothing but white space after it), or -1. The shell reads
     * options there: {@code SELECT * FROM band; --out bands.csv} runs as SQL all the same.
     */
    public static int trailingLineComment(String text) {
        int start = -1;
        for (Token token : SqlTokens.of(text)) {
            if (token.isLineComment()) {
                start = token.start();
            } else if (!token.isBlank()) {
                start = -1;
            }
        }
        return start;
    }

    private static void add(List<String> statements, String candidate) {
        String trimmed = candidate.strip();
        if (!trimmed.isEmpty() && !withoutLeadingComments(trimmed).isEmpty()) {
            statements.add(trimmed);
        }
    }
}
