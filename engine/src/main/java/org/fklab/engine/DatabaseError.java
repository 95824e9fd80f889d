package org.fklab.engine;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the database refused, recognised once for every module: the kind comes from the SQLState and the
 * engine's vendor code, never from the wording of the message; the names a refusal mentions (constraint,
 * table, column, value) are read from the message, because HSQLDB gives them nowhere else.
 *
 * @param kind       what went wrong
 * @param constraint the constraint that refused, as the database names it, if it names one
 * @param table      the table the refusal is about, if named
 * @param column     the column, if named
 * @param value      the value refused (a foreign key's missing parent), if given
 * @param name       the object that is missing or already exists, or the token a syntax error stopped at
 * @param text       the database's own message without the statement it quotes
 */
public record DatabaseError(Kind kind, Optional<String> constraint, Optional<String> table, Optional<String> column,
        Optional<String> value, Optional<String> name, String text) {

    /** The refusals and failures fklab explains in its own words; {@link #OTHER} for the rest. */
    public enum Kind {
        /** A child row points at a parent row that does not exist. */
        NO_PARENT,
        /** A parent row cannot go (or change its key): child rows point at it and the rule keeps them. */
        STILL_REFERENCED,
        /** A NOT NULL column was given no value. */
        NOT_NULL,
        /** A column cannot become NOT NULL: rows have no value in it. */
        NULLS_IN_COLUMN,
        /** A check constraint's condition does not hold. */
        CHECK,
        /** A unique constraint, unique index or primary key already holds that value. */
        UNIQUE,
        /** A value is longer than its column allows. */
        TOO_LONG,
        /** A table that other tables' foreign keys point at cannot be dropped. */
        DROP_REFERENCED,
        /** A table or column the statement names does not exist. */
        NO_SUCH_OBJECT,
        /** An object of that name already exists. */
        ALREADY_EXISTS,
        /** A word the statement does not expect there. */
        UNEXPECTED_TOKEN,
        /** A sign that is not SQL at all. */
        UNKNOWN_TOKEN,
        /** A text in quotes that is not closed. */
        UNCLOSED_TEXT,
        /** A brace that starts a JDBC escape which is not one. */
        JDBC_ESCAPE,
        /** The statement ends before it is complete. */
        EARLY_END,
        /** An identity column has no value left. */
        NO_ID_LEFT,
        /** Another value the database cannot use (a cast, a division by zero, a number out of range). */
        BAD_VALUE,
        /** Another integrity constraint. */
        OTHER_CONSTRAINT,
        /** The database could not read or write its files. */
        STORAGE,
        /** The database ran out of memory. */
        OUT_OF_MEMORY,
        /** The database failed inside itself. */
        INTERNAL,
        /** Anything else. */
        OTHER;

        /** Whether the statement itself is not valid SQL, whatever the data. */
        public boolean isSyntax() {
            return this == UNEXPECTED_TOKEN || this == UNKNOWN_TOKEN || this == UNCLOSED_TEXT || this == JDBC_ESCAPE
                    || this == EARLY_END;
        }
    }

    // HSQLDB's vendor codes (org.hsqldb.error.ErrorCode, negated in SQLException.getErrorCode())
    private static final int HSQLDB_JDBC_ESCAPE = 425;
    private static final int HSQLDB_FILE_IO = 452;
    private static final int HSQLDB_ACCESS_DENIED = 457;
    private static final int HSQLDB_GENERAL_ERROR = 458;
    private static final int HSQLDB_OUT_OF_MEMORY = 460;
    private static final int HSQLDB_SCRIPT_FILE_ERROR = 461;
    private static final int HSQLDB_DATA_FILE_ERROR = 466;
    private static final int HSQLDB_GENERAL_IO = 467;
    private static final int HSQLDB_DATA_FILE_FULL = 468;

    private static final Pattern TABLE = Pattern.compile("table: (\\S+)");
    private static final Pattern COLUMN = Pattern.compile("column: (\\S+)");
    private static final Pattern VALUE = Pattern.compile("value: (.+)$");
    private static final Pattern NAMED = Pattern.compile(
            "(?:object not found|object name already exists|unexpected token|FOREIGN KEY constraint): (\\S+)");
    /** A Java class name (java.lang.NullPointerException) in what the database said. */
    private static final Pattern JAVA_CLASS = Pattern.compile("\\bjava\\.[a-z]+\\.[A-Z]\\w*(Exception|Error)\\b");

    /** The database's refusal somewhere in {@code failure}'s causes, if there is one. */
    public static Optional<DatabaseError> of(Throwable failure) {
        return sqlCause(failure).map(DatabaseError::of);
    }

    /** The refusal {@code e} reports. */
    public static DatabaseError of(SQLException e) {
        String text = text(e);
        Kind kind = kind(String.valueOf(e.getSQLState()), Math.abs(e.getErrorCode()), text);
        Optional<String> constraint = constraintName(text);
        if (kind == Kind.CHECK && constraint.filter(c -> c.toUpperCase(Locale.ROOT).startsWith("SYS_CT_")).isPresent()) {
            // HSQLDB checks a column made NOT NULL by a system-named check constraint over the existing rows
            kind = Kind.NULLS_IN_COLUMN;
        }
        return new DatabaseError(kind, constraint, find(TABLE, text), find(COLUMN, text), find(VALUE, text),
                find(NAMED, text).map(n -> n.substring(n.lastIndexOf('.') + 1)), text);
    }

    /** Whether {@code failure} has the database's refusal of kind {@code kind} among its causes. */
    public static boolean is(Throwable failure, Kind kind) {
        return of(failure).filter(error -> error.kind() == kind).isPresent();
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

    private static Kind kind(String state, int code, String text) {
        switch (state) {
            case "23503":
                return Kind.NO_PARENT;
            case "23504":
            case "23001":
                return Kind.STILL_REFERENCED;
            case "23502":
                return Kind.NOT_NULL;
            case "23513":
                return Kind.CHECK;
            case "23505":
                return Kind.UNIQUE;
            case "22001":
                return Kind.TOO_LONG;
            case "42533":
                return Kind.DROP_REFERENCED;
            case "42501":
            case "42502":
                return Kind.NO_SUCH_OBJECT;
            case "42504":
                return Kind.ALREADY_EXISTS;
            case "42581":
                return Kind.UNEXPECTED_TOKEN;
            case "42582":
                return Kind.UNKNOWN_TOKEN;
            case "42584":
                return Kind.UNCLOSED_TEXT;
            case "42590":
                return Kind.EARLY_END;
            case "2200H":
                return Kind.NO_ID_LEFT;
            default:
                break;
        }
        if (code == HSQLDB_JDBC_ESCAPE) {
            return Kind.JDBC_ESCAPE;
        }
        if (code == HSQLDB_FILE_IO || code == HSQLDB_ACCESS_DENIED || code == HSQLDB_SCRIPT_FILE_ERROR
                || code == HSQLDB_DATA_FILE_ERROR || code == HSQLDB_GENERAL_IO || code == HSQLDB_DATA_FILE_FULL) {
            return Kind.STORAGE;
        }
        if (code == HSQLDB_OUT_OF_MEMORY || text.contains("java.lang.OutOfMemoryError")) {
            return Kind.OUT_OF_MEMORY;
        }
        if (code == HSQLDB_GENERAL_ERROR || JAVA_CLASS.matcher(text).find()) {
            return Kind.INTERNAL;
        }
        if (state.startsWith("22")) {
            return Kind.BAD_VALUE;
        }
        if (state.startsWith("23")) {
            return Kind.OTHER_CONSTRAINT;
        }
        return Kind.OTHER;
    }

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
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
