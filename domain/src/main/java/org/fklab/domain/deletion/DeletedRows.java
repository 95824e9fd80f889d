package org.fklab.domain.deletion;

import java.util.List;

/**
 * The rows one DELETE statement removed from a table that foreign keys point at, and what the keys' ON DELETE
 * rules did to the rows pointing at them: what {@code sql DELETE ...} reports, as {@code band delete} does.
 *
 * @param table   the table as shown, {@code band}
 * @param effects one per foreign key pointing at the table, over all the deleted rows
 */
public record DeletedRows(String table, List<RowRef> rows, List<ChildEffect> effects) {

    public DeletedRows {
        rows = List.copyOf(rows);
        effects = List.copyOf(effects);
    }

    /** A RESTRICT or NO ACTION key with rows pointing at one of the rows refuses the delete. */
    public boolean blocked() {
        return effects.stream().anyMatch(ChildEffect::blocks);
    }
}
