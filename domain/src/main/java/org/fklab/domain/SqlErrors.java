package org.fklab.domain;

import java.util.Locale;
import java.util.Optional;

import org.fklab.engine.DatabaseError;
import org.fklab.engine.DatabaseError.Kind;

/**
 * Turns the database's refusals into one sentence about what was refused and one about what to do,
 * in the words of the lessons rather than HSQLDB's.
 */
public final class SqlErrors {

    private SqlErrors() {
    }

    /** The name of the table or column a statement referred to that does not exist, if that is the failure. */
    public static Optional<String> missingObject(Throwable failure) {
        return DatabaseError.of(failure).filter(error -> error.kind() == Kind.NO_SUCH_OBJECT)
                .flatMap(DatabaseError::name).map(SqlErrors::lower);
    }

    /** A sentence for a failure that has an SQLException cause, or the failure's own message. */
    public static String explain(Throwable failure) {
        Optional<DatabaseError> found = DatabaseError.of(failure);
        return found.isEmpty() ? String.valueOf(failure.getMessage()) : explain(found.get());
    }

    /** A sentence for what the database refused: what was refused, then what to do. */
    public static String explain(DatabaseError error) {
        String text = error.text();
        String constraint = error.constraint().map(SqlErrors::lower).orElse("a constraint");
        Optional<String> tableName = error.table().map(SqlErrors::lower);
        String table = tableName.orElse("the table");
        Optional<String> column = error.column().map(SqlErrors::lower);
        switch (error.kind()) {
            case NO_PARENT:
                return "Refused by foreign key " + constraint + ": " + table + " would point at "
                        + error.value().orElse("that value") + ", but no such parent row exists. Use the id of an"
                        + " existing row, or insert the parent first.";
            case STILL_REFERENCED:
                return "Refused by foreign key " + constraint + ": rows in " + table + " still point at this row and"
                        + " the key's ON DELETE rule does not let them lose it. Point them elsewhere or delete them"
                        + " first.";
            case NOT_NULL:
                return "Refused: " + table + "." + column.orElse("?") + " may not be NULL (it is NOT NULL). Give it a"
                        + " value.";
            case NULLS_IN_COLUMN:
                return "Refused: " + table + " has rows with no value (NULL) in that column, so it cannot be made NOT"
                        + " NULL. Give those rows a value first, or keep the column nullable.";
            case CHECK:
                return "Refused by check constraint " + constraint + " on " + table + ": the row does not meet its"
                        + " condition. Change the value.";
            case UNIQUE:
                return "Refused by " + constraint + ": " + tableName.map(t -> t + " already has")
                        .orElse("there is already") + " a row with that value, and the values must be unique. Use a"
                        + " different value.";
            case TOO_LONG:
                return "A value is too long for " + tableName.flatMap(t -> column.map(c -> t + "." + c))
                        .orElse("its column") + ". Shorten it ('describe " + tableName.orElse("TABLE") + "' shows"
                        + " each column's size).";
            case NO_SUCH_OBJECT:
                return "There is no table or column named " + error.name().map(SqlErrors::lower).orElse("?") + "."
                        + " Check the spelling; 'tables' lists the tables and 'describe TABLE' their columns.";
            case ALREADY_EXISTS:
                return error.name().map(SqlErrors::lower).orElse("That name") + " already exists. Choose another"
                        + " name, or drop the old object first.";
            case UNEXPECTED_TOKEN:
                return "SQL syntax error near '" + error.name().orElse("?") + "'. Check the statement's spelling and"
                        + " punctuation.";
            case UNKNOWN_TOKEN:
                return "SQL syntax error: the statement holds a sign the database does not read as SQL (a stray"
                        + " quote, or a value where a name should be). Check its spelling, and that every ' and \" is"
                        + " closed.";
            case UNCLOSED_TEXT:
                return "SQL syntax error: a text in single quotes is not closed. End it with ' (and write a quote"
                        + " inside a text as two: 'It''s').";
            case JDBC_ESCAPE:
                return "SQL syntax error: '{' starts a JDBC escape ({fn ...}, {d '2024-01-31'}), and this one is not."
                        + " Put text with braces in single quotes: '{x}'.";
            case EARLY_END:
                return "SQL syntax error: the statement ends too early. Finish it, then end it with ';'.";
            case NO_ID_LEFT:
                return "No new id is left: the table's id counter has reached the largest value a BIGINT holds (after"
                        + " an id given by hand, most likely). Give that row a smaller id, then set the counter after"
                        + " the largest id in use: ALTER TABLE " + tableName.orElse("<table>") + " ALTER COLUMN id"
                        + " RESTART WITH N;";
            case BAD_VALUE:
                return "The database cannot use a value: " + text + ". Check the values' types ('describe TABLE').";
            case DROP_REFERENCED:
                return "Refused: foreign key " + constraint.substring(constraint.lastIndexOf('.') + 1) + " of another"
                        + " table points at this one, so it cannot be dropped. Drop that foreign key (or the table it"
                        + " belongs to) first.";
            case OTHER_CONSTRAINT:
                return "Refused by a constraint: " + text + ".";
            case OUT_OF_MEMORY:
            case INTERNAL:
                // the database's own failure may name a Java class: nothing a learner can act on, but what to try
                return "The database failed while it ran the statement (" + (error.kind() == Kind.OUT_OF_MEMORY
                        ? "it ran out of memory" : "an error inside HSQLDB") + "). Try it on fewer rows (a WHERE or"
                        + " a LIMIT); if it keeps failing, 'undo' and 'reset' put things back.";
            case STORAGE:
                return "The database could not read or write its files (" + text.replaceAll("\\S*RowInput\\S*\\s*", "")
                        .strip() + "): the disk may be full or the files damaged. Free some space; 'undo' or a"
                        + " snapshot ('restore') brings back an earlier state.";
            default:
                return "The database refused the statement: " + text + ".";
        }
    }

    private static String lower(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
