package org.fklab.tutorials.lesson;

import java.util.Optional;

import org.fklab.engine.DeleteRule;

/** What a condition asks of the database, the migrations, the learner's answer or the shell. */
public sealed interface Requirement {

    /** The first column of the query's first row, as text ("NULL" for null or no row), equals {@code expect}. */
    record Sql(String sql, String expect) implements Requirement {
    }

    /**
     * The one {@code child} row matching {@code where} points, through its foreign key to {@code parent}, at the
     * one parent row matching {@code is}; with {@code is} empty, at no row.
     *
     * @param column the foreign key column, when the child has more than one key to the parent
     */
    record Link(String child, String where, String parent, Optional<String> is, Optional<String> column)
            implements Requirement {
    }

    /** Exactly one row of {@code table} matches {@code where}. */
    record Row(String table, String where) implements Requirement {
    }

    /** Exactly {@code count} rows of {@code table} match {@code where} (every row when it is empty). */
    record Count(String table, Optional<String> where, long count) implements Requirement {
    }

    /**
     * The column exists (with this type, nullability and default, when given; a default of {@code none} means it has
     * none), or with {@code exists} false, does not.
     */
    record Column(String table, String column, Optional<String> type, Optional<Boolean> nullable,
                  Optional<String> defaultValue, boolean exists) implements Requirement {
    }

    /** A foreign key on {@code table.column}, pointing at {@code references}, with this ON DELETE rule. */
    record ForeignKey(String table, String column, Optional<String> references, Optional<DeleteRule> onDelete)
            implements Requirement {
    }

    /**
     * A migration the learner wrote (any name) makes this change, applied or not as asked.
     *
     * @param adds what it adds: {@code foreign-key}, {@code column}, {@code index} or {@code table}
     */
    record Migration(String adds, String table, Optional<String> column, Optional<String> references,
                     Optional<DeleteRule> onDelete, Optional<Boolean> applied) implements Requirement {
    }

    /** The migration (full name or unique prefix) is applied. */
    record Applied(String migration) implements Requirement {
    }

    /** The migration exists and is not applied. */
    record Unapplied(String migration) implements Requirement {
    }

    /** The migration graph has this many leaves. */
    record Leaves(int count) implements Requirement {
    }

    /**
     * The database's schema is exactly what its applied migrations make: no drift; or, with {@code wanted} false,
     * it is not (a lesson that has the learner make drift by hand).
     */
    record NoDrift(boolean wanted) implements Requirement {
    }

    /**
     * The learner's latest answer in this step equals the query's first value, compared leniently (case, spaces,
     * 2 = 2.0): computed when the check runs, so it follows the learner's own data; or for a {@code prediction}, when
     * the answer was given, since what the step does next (a delete) changes the data the question is about.
     */
    record Answer(String sql, boolean prediction) implements Requirement {
    }

    /** The shell shows (or does not show) the SQL behind each command. */
    record Explain(boolean on) implements Requirement {
    }
}
