package org.fklab.domain.row;

import org.fklab.domain.DomainException;

/**
 * The id the database gave a new row, checked: once an id has been set by hand to the largest a BIGINT holds, the
 * counter goes on past it to negative ids (or stops with an error), and a learner must hear why rather than see
 * band -9223372036854775808.
 */
final class Ids {

    private Ids() {
    }

    /** Refuses (so that the transaction is rolled back) an id the counter produced by running out. */
    static void requireCounted(Kind kind, Long id) {
        if (id == null || id <= 0) {
            throw noneLeft(kind);
        }
    }

    /** The counter of {@code kind}'s ids has nothing left to give. */
    static DomainException noneLeft(Kind kind) {
        String table = kind.singular();
        return new DomainException("No new id is left for " + kind.withArticle() + ": the ids of " + table
                + " have reached 9223372036854775807, the largest a BIGINT holds (an id given by hand, most likely), and"
                + " the counter only goes up. Nothing was added. Give that row a smaller id, then set the counter"
                + " after the largest id in use: sql ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH N;");
    }
}
