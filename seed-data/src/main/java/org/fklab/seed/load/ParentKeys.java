package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fklab.domain.schema.ForeignKeyInfo;

/**
 * The rows a CSV's foreign key column may point at: their ids, and their names for files that name the
 * parent ({@code band = De La Soul}) rather than give its id ({@code band_id = 1}). They are the rows in the
 * database (those loaded earlier in the same command included) and the rows of the command that were checked
 * but not inserted because the load already had a problem.
 */
final class ParentKeys {

    /** A row of this command that has no id yet: it was not inserted, and the database would have numbered it. */
    record NewRow(String where) {
        @Override
        public String toString() {
            return "the new row at " + where;
        }
    }

    /** Numbers in numeric order, then other keys, then rows without an id yet. */
    private static final Comparator<Object> KEY_ORDER = Comparator
            .comparingInt((Object id) -> id instanceof Number ? 0 : id instanceof NewRow ? 2 : 1)
            .thenComparing((a, b) -> a instanceof Long && b instanceof Long ? Long.compare((Long) a, (Long) b)
                    : String.valueOf(a).compareTo(String.valueOf(b)));

    private final ForeignKeyInfo key;
    private final String labelWord;
    private final Set<Object> ids = new HashSet<>();
    private final Map<String, List<Object>> idsByName = new HashMap<>();

    ParentKeys(ForeignKeyInfo key, String labelWord, List<Map<String, Object>> rows) {
        this.key = key;
        this.labelWord = labelWord;
        for (Map<String, Object> row : rows) {
            Object label = row.get("LABEL");
            add(row.get("K"), label == null ? null : label.toString());
        }
    }

    /** Adds a row that may be pointed at: its id ({@link NewRow} when it has none yet) and its name, if any. */
    void add(Object id, String name) {
        Object normalized = normalize(id);
        ids.add(normalized);
        if (name != null) {
            List<Object> named = idsByName.computeIfAbsent(name, k -> new ArrayList<>());
            if (!named.contains(normalized)) {
                named.add(normalized);
            }
        }
    }

    /** The id of the one row named {@code name}, or why there is none. */
    Cell idForName(String name) {
        if (labelWord == null) {
            return Cell.refused("cannot name a " + key.parentTable() + " row: " + key.parentTable()
                    + " has no name or title column. Use a " + key.childColumn() + " column with ids instead.");
        }
        List<Object> matches = idsByName.getOrDefault(name, List.of());
        if (matches.isEmpty()) {
            return Cell.refused("names no " + key.parentTable() + " (matched by " + labelWord
                    + ", exactly). " + loadFirst() + ", or fix the " + labelWord + ".");
        }
        if (matches.size() > 1) {
            return Cell.refused("names " + matches.size() + " " + key.parentTable() + " rows (ids "
                    + matches.stream().sorted(KEY_ORDER).map(String::valueOf).collect(Collectors.joining(", "))
                    + "). Use a " + key.childColumn() + " column with the id you mean.");
        }
        return Cell.of(matches.get(0));
    }

    /** {@code id} itself if a row has it, or why it points at nothing. */
    Cell requireId(Object id) {
        if (!ids.contains(normalize(id))) {
            return Cell.refused("is not the id of any " + key.parentTable() + " row ("
                    + key.childColumn() + " points at " + key.parentTable() + "." + key.parentColumn()
                    + "). " + loadFirst() + ".");
        }
        return Cell.of(id);
    }

    /** Where the parent may come from: a table that points at itself is read top to bottom, in one pass. */
    private String loadFirst() {
        if (key.parentTable().equals(key.childTable())) {
            return "A " + key.parentTable() + " row may point only at one already in the database or on a line above"
                    + " it: move that row up";
        }
        return "Load that " + key.parentTable() + " first, or in the same command";
    }

    private static Object normalize(Object id) {
        if (id instanceof java.math.BigDecimal) {
            return ((java.math.BigDecimal) id).stripTrailingZeros();
        }
        return id instanceof Number ? (Object) ((Number) id).longValue() : id;
    }
}
