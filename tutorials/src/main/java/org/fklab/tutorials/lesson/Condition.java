package org.fklab.tutorials.lesson;

/** One thing a step's check requires of the database, the migrations or the shell. */
public sealed interface Condition {

    /** The sentence shown when the condition does not hold: what the learner has still to do. */
    String missing();

    /** The first column of the query's first row, as text ("NULL" for null or no row), equals {@code expect}. */
    record Sql(String sql, String expect, String missing) implements Condition {
    }

    /** The migration is applied. */
    record Applied(String migration, String missing) implements Condition {
    }

    /** The migration exists and is not applied. */
    record Unapplied(String migration, String missing) implements Condition {
    }

    /** The migration graph has this many leaves. */
    record Leaves(int count, String missing) implements Condition {
    }

    /** The shell shows (or does not show) the SQL behind each command. */
    record Explain(boolean on, String missing) implements Condition {
    }
}
