package org.fklab.domain;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the database's refusals into one sentence about what was refused and one about what to do,
 * in the words of the lessons rather than HSQLDB's.
 */
public final class SqlErrors {

    private static final Pattern TABLE = Pattern.compile("table: (\\S+)");
    private static final Pattern COLUMN = Pattern.compile("column: (\\S+)");
    private static final Pattern VALUE = Pattern.compile("value: (.+)$");
    private static final Pattern OBJECT = Pattern.compile("object not found: (\\S+)");
    private static final Pattern TOKEN = Pattern.compile("unexpected token: (\\S+)");
    private static final Pattern EXISTS = Pattern.compile("object name already exists: (\\S+)");

    private SqlErrors() {
    }

    /** The SQLException somewhere in {@code failure}'s causes, if there is one. */
    public static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return Optional.of((SQLException) t);
            }
        }
        return Optional.empty();
    }

    /** The name of the table or column a statement referred to that does not exist, if that is the failure. */
    public static Optional<String> missingObject(Throwable failure) {
        return sqlCause(failure).map(SqlErrors::text).flatMap(text -> find(OBJECT, text))
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).map(SqlErrors::lower);
    }

    /** A sentence for a failure that has an SQLException cause, or the failure's own message. */
    public static String explain(Throwable failure) {
        Optional<SQLException> sql = sqlCause(failure);
        if (sql.isEmpty()) {
            return String.valueOf(failure.getMessage());
        }
        SQLException e = sql.get();
        String text = text(e);
        String state = String.valueOf(e.getSQLState());
        String constraint = constraintName(text).map(SqlErrors::lower).orElse("a constraint");
        Optional<String> tableName = find(TABLE, text).map(SqlErrors::lower);
        String table = tableName.orElse("the table");
        Optional<String> column = find(COLUMN, text).map(SqlErrors::lower);
        if (text.contains("foreign key no parent")) {
            String value = find(VALUE, text).orElse("that value");
            return "Refused by foreign key " + constraint + ": " + table + " would point at " + value
                    + ", but no such parent row exists. Use the id of an existing row, or insert the parent first.";
        }
        if (text.contains("foreign key no action") || text.contains("foreign key restrict")) {
            return "Refused by foreign key " + constraint + ": rows in " + table + " still point at this row and the"
                    + " key's ON DELETE rule does not let them lose it. Point them elsewhere or delete them first.";
        }
        if (text.contains("NOT NULL check constraint")) {
            return "Refused: " + table + "." + column.orElse("?") + " may not be NULL (it is NOT NULL). Give it a value.";
        }
        if (text.contains("check constraint") && constraint.startsWith("sys_ct_")) {
            return "Refused: " + table + " has rows with no value (NULL) in that column, so it cannot be made NOT NULL."
                    + " Give those rows a value first, or keep the column nullable.";
        }
        if (text.contains("check constraint")) {
            return "Refused by check constraint " + constraint + " on " + table + ": the row does not meet its"
                    + " condition. Change the value.";
        }
        if (text.contains("unique constraint or index violation")) {
            return "Refused by " + constraint + ": " + tableName.map(t -> t + " already has").orElse("there is already")
                    + " a row with that value, and the values must be unique. Use a different value.";
        }
        if (text.contains("string data, right truncation")) {
            return "A value is too long for " + tableName.flatMap(t -> column.map(c -> t + "." + c)).orElse("its column")
                    + ". Shorten it ('describe " + tableName.orElse("TABLE") + "' shows each column's size).";
        }
        if (text.contains("object not found")) {
            String name = find(OBJECT, text).map(SqlErrors::lower).orElse("?");
            return "There is no table or column named " + name + ". Check the spelling; 'tables' lists the tables and"
                    + " 'describe TABLE' their columns.";
        }
        if (text.contains("object name already exists")) {
            return find(EXISTS, text).map(SqlErrors::lower).orElse("That name") + " already exists. Choose another"
                    + " name, or drop the old object first.";
        }
        if (text.contains("unexpected token")) {
            return "SQL syntax error near '" + find(TOKEN, text).orElse("?") + "'. Check the statement's spelling and"
                    + " punctuation.";
        }
        if (text.contains("unknown token")) {
            return "SQL syntax error: the statement holds a sign the database does not read as SQL (a stray quote, or a"
                    + " value where a name should be). Check its spelling, and that every ' and \" is closed.";
        }
        if (text.contains("malformed string")) {
            return "SQL syntax error: a text in single quotes is not closed. End it with ' (and write a quote inside"
                    + " a text as two: 'It''s').";
        }
        if (text.contains("Unknown JDBC escape sequence")) {
            return "SQL syntax error: '{' starts a JDBC escape ({fn ...}, {d '2024-01-31'}), and this one is not. Put"
                    + " text with braces in single quotes: '{x}'.";
        }
        if (text.contains("unexpected end of statement")) {
            return "SQL syntax error: the statement ends too early. Finish it, then end it with ';'.";
        }
        if (text.contains("sequence generator limit exceeded")) {
            String named = tableName.orElse("<table>");
            return "No new id is left: the table's id counter has reached the largest value a BIGINT holds (after an id"
                    + " given by hand, most likely). Give that row a smaller id, then set the counter after the largest"
                    + " id in use: ALTER TABLE " + named + " ALTER COLUMN id RESTART WITH N;";
        }
        if (state.startsWith("22")) {
            return "The database cannot use a value: " + text + ". Check the values' types ('describe TABLE').";
        }
        if (state.startsWith("23")) {
            return "Refused by a constraint: " + text + ".";
        }
        if (INTERNAL.matcher(text).find()) {
            // the database's own failure names a Java class: nothing a learner can act on, but what to try
            return "The database failed while it ran the statement (" + (text.contains("OutOfMemory")
                    || text.contains("memory") ? "it ran out of memory" : "an error inside HSQLDB") + "). Try it on"
                    + " fewer rows (a WHERE or a LIMIT); if it keeps failing, 'undo' and 'reset' put things back.";
        }
        if (text.contains("RowInputBinary") || text.contains("IO error")) {
            return "The database could not read or write its files (" + text.replaceAll("\\S*RowInput\\S*\\s*", "")
                    .strip() + "): the disk may be full or the files damaged. Free some space; 'undo' or a snapshot"
                    + " ('restore') brings back an earlier state.";
        }
        return "The database refused the statement: " + text + ".";
    }

    /** A Java class name (java.lang.NullPointerException) in what the database said. */
    private static final Pattern INTERNAL = Pattern.compile(
            "\\bjava\\.[a-z]+\\.[A-Z]\\w*(Exception|Error)\\b");

    /**
     * The constraint HSQLDB names: the last word before " table:" (or the end) after a ';' or ':', as in
     * "foreign key no parent; FK_LISTING_BAND table: LISTING" or "index violation: UX_BAND_NAME".
     */
    private static Optional<String> constraintName(String text) {
        int table = text.indexOf(" table:");
        String head = (table < 0 ? text : text.substring(0, table)).strip();
        String last = head.substring(Math.max(head.lastIndexOf(';'), head.lastIndexOf(':')) + 1).strip();
        return last.isEmpty() || last.contains(" ") || last.chars().allMatch(Character::isDigit)
                ? Optional.empty() : Optional.of(last);
    }

    private static String text(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int statement = message.indexOf(" in statement [");
        return (statement >= 0 ? message.substring(0, statement) : message).strip();
    }

    private static Optional<String> find(Pattern pattern, String text) {
        return findGroup(pattern, text, 1);
    }

    private static Optional<String> findGroup(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }

    private static String lower(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
