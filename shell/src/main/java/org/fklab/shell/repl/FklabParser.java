package org.fklab.shell.repl;

import java.util.BitSet;
import java.util.List;

import org.fklab.domain.console.SqlScript;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits a command line into words the way a shell does (quotes group words, backslash escapes, a {@code #}
 * outside quotes starts a comment to the end of the line), and tells JLine when a line is unfinished: an open
 * quote, or a {@code sql} statement (or a line of bare SQL) not yet ended by {@code ;}. Script mode uses the same
 * rules, so a script and a typed session read alike. For completion, a {@code sql} line is cut into SQL's words
 * ({@link SqlLine}) and values with spaces are quoted ({@link QuotingLine}).
 */
public final class FklabParser extends DefaultParser {

    public static final String SQL = "sql";

    public FklabParser() {
        eofOnUnclosedQuote(true);
        lineCommentDelims(new String[] {"#"}); // outside quotes, '#' starts a comment, as in a POSIX shell
    }

    /** The line whose escapes were found last, and which of its characters escape the next one. */
    private Escapes escapes = new Escapes("", new BitSet());

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        return parseLine(line, cursor, context);
    }

    /**
     * Whether the character at {@code pos} escapes the next one: a backslash not itself escaped. JLine's own answer
     * asks the same of every backslash before it, again for each character, which takes minutes (or the whole stack)
     * on a pasted line of thousands of backslashes; here one pass over the line answers for all its characters.
     */
    @Override
    public boolean isEscapeChar(CharSequence buffer, int pos) {
        return pos >= 0 && pos < buffer.length() && escapesOf(buffer).get(pos);
    }

    @Override
    public boolean isEscaped(CharSequence buffer, int pos) {
        return isEscapeChar(buffer, pos - 1);
    }

    private BitSet escapesOf(CharSequence buffer) {
        Escapes known = escapes;
        if (buffer instanceof String && known.line() == buffer) {
            return known.escaping();
        }
        BitSet escaping = new BitSet(buffer.length());
        boolean previous = false;
        for (int i = 0; i < buffer.length(); i++) {
            previous = !previous && isEscapeChar(buffer.charAt(i));
            escaping.set(i, previous);
        }
        if (buffer instanceof String) { // a String cannot change: its answers hold for the next question about it
            escapes = new Escapes((String) buffer, escaping);
        }
        return escaping;
    }

    private record Escapes(String line, BitSet escaping) {
    }

    /**
     * The words of a command line to run: a {@code sql} one keeps its quotes, any other loses them, and an unclosed
     * quote is an {@link org.jline.reader.EOFError}.
     */
    public List<String> words(String line) {
        // SPLIT_LINE keeps SQL's quotes; for other commands ACCEPT_LINE removes quotes and checks they close
        return parseLine(line, line.length(), isSql(line) ? ParseContext.SPLIT_LINE : ParseContext.ACCEPT_LINE).words();
    }

    private ParsedLine parseLine(String line, int cursor, ParseContext context) {
        if (context == ParseContext.COMPLETE) {
            return isSql(line) && cursor > sqlStart(line) ? new SqlLine(line, cursor)
                    : new QuotingLine((CompletingParsedLine) super.parse(line, cursor, context));
        }
        if (isSql(line)) {
            if (context == ParseContext.ACCEPT_LINE && !sqlComplete(line)) {
                throw new EOFError(-1, -1, "The SQL statement is not finished: end it with ;", "sql");
            }
            // SQL keeps its own quotes: split it without treating them as shell quotes
            return super.parse(line, cursor, context == ParseContext.ACCEPT_LINE ? ParseContext.SPLIT_LINE : context);
        }
        return super.parse(line, cursor, context);
    }

    /**
     * Whether the line is a {@code sql} command, whose text after the command word is passed as typed, or bare SQL: a
     * line that starts with SELECT, INSERT, UPDATE, DELETE, WITH, CREATE, ALTER, DROP or EXPLAIN PLAN, run as
     * {@code sql} would run it.
     */
    public static boolean isSql(String line) {
        return isSqlCommand(line) || SqlKeywords.startsStatement(line);
    }

    /** The words that start a line of bare SQL: SELECT, INSERT, ..., EXPLAIN PLAN FOR. */
    public static List<String> bareSqlStarts() {
        return SqlKeywords.STATEMENT_STARTS;
    }

    private static boolean isSqlCommand(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith(SQL) && (stripped.length() == SQL.length()
                || Character.isWhitespace(stripped.charAt(SQL.length())));
    }

    /** Where the statement text of a {@code sql} line starts: after the word {@code sql}, or at once for bare SQL. */
    static int sqlStart(String line) {
        return isSqlCommand(line) ? line.indexOf(SQL) + SQL.length() : 0;
    }

    /** The statement text of a {@code sql} command line, or the whole of a bare SQL line. */
    public static String sqlText(String line) {
        return line.substring(sqlStart(line)).strip();
    }

    /** A bare {@code sql} (which prints its usage) or a statement ended by a semicolon. */
    public static boolean sqlComplete(String line) {
        String text = sqlText(line);
        return text.isEmpty() || SqlScript.isComplete(text);
    }
}
