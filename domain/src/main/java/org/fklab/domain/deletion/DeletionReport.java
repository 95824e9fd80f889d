package org.fklab.domain.deletion;

import java.util.List;

/**
 * What deleting one row did, or would do, to the rows that point at it.
 *
 * @param table     the table the row is deleted from, as shown ({@code band})
 * @param row       the row
 * @param effects   what happens to each foreign key's child rows
 * @param performed whether the row was deleted (false for a dry run, or a delete a key refused)
 */
public record DeletionReport(String table, RowRef row, List<ChildEffect> effects, boolean performed) {

    public DeletionReport {
        effects = List.copyOf(effects);
    }

    /** A RESTRICT or NO ACTION key with rows pointing at the parent refuses the delete. */
    public boolean blocked() {
        return effects.stream().anyMatch(ChildEffect::blocks);
    }
}
