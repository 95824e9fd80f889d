package org.fklab.migrations.drift;

/**
 * One way the database's schema differs from what its applied migrations make.
 *
 * @param kind        what differs
 * @param table       the table it is on, lower case
 * @param object      the table, column ({@code listing.band_id}), foreign key, index or constraint that differs
 * @param description one line in a learner's words, starting {@code drift: }
 */
public record Difference(Kind kind, String table, String object, String description) {

    /** What differs: a whole object that only one side has, or one property of an object both have. */
    public enum Kind {
        TABLE, COLUMN, FOREIGN_KEY, INDEX, PRIMARY_KEY, UNIQUE, DEFAULT, TYPE, NULLABILITY
    }

    @Override
    public String toString() {
        return description;
    }
}
