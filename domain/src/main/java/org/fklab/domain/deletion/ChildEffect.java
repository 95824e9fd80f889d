package org.fklab.domain.deletion;

import java.util.List;

import org.fklab.domain.schema.ForeignKeyInfo;

/**
 * What deleting a parent does through one foreign key: the child rows that point at it, which the key's
 * ON DELETE rule deletes, sets to NULL or to a default, or which block the delete. For cascaded rows,
 * {@code further} holds what their own deletion does in turn.
 */
public record ChildEffect(ForeignKeyInfo key, List<RowRef> rows, String defaultValue, List<ChildEffect> further) {

    public ChildEffect {
        rows = List.copyOf(rows);
        further = List.copyOf(further);
    }

    public boolean blocks() {
        return key.deleteRule().blocks() && !rows.isEmpty()
                || further.stream().anyMatch(ChildEffect::blocks);
    }
}
