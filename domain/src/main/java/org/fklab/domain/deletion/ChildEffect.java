package org.fklab.domain.deletion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The effects of deleting several parents at once, one per foreign key: the rows that point at any of them,
     * each once, and what their own deletion does in turn (for each of them, as {@link ParentDeletion} gives it).
     */
    public static List<ChildEffect> merged(List<ChildEffect> effects) {
        Map<String, List<ChildEffect>> byKey = new LinkedHashMap<>();
        for (ChildEffect effect : effects) {
            byKey.computeIfAbsent(effect.key().storedChildTable() + "." + effect.key().name(), k -> new ArrayList<>())
                    .add(effect);
        }
        List<ChildEffect> merged = new ArrayList<>();
        for (List<ChildEffect> same : byKey.values()) {
            Map<Object, RowRef> rows = new LinkedHashMap<>();
            List<ChildEffect> further = new ArrayList<>();
            for (ChildEffect effect : same) {
                effect.rows().forEach(row -> rows.putIfAbsent(row.id() == null ? new Object() : row.id(), row));
                further.addAll(effect.further());
            }
            ChildEffect first = same.get(0);
            merged.add(new ChildEffect(first.key(), new ArrayList<>(rows.values()), first.defaultValue(), further));
        }
        return merged;
    }

    public boolean blocks() {
        return key.deleteRule().blocks() && !rows.isEmpty()
                || further.stream().anyMatch(ChildEffect::blocks);
    }
}
