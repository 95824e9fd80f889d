package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fklab.domain.schema.ForeignKeyInfo;

/**
 * The rows a CSV's foreign key column may point at: their ids, and their names for files that name the
 * parent ({@code band = De La Soul}) rather than give its id ({@code band_id = 1}).
 */
final class ParentKeys {

    private final ForeignKeyInfo key;
    private final String labelWord;
    private final Set<Object> ids = new HashSet<>();
    private final Map<String, List<Object>> idsByName = new HashMap<>();

    ParentKeys(ForeignKeyInfo key, String labelWord, List<Map<String, Object>> rows) {
        this.key = key;
        this.labelWord = labelWord;
        for (Map<String, Object> row : rows) {
            Object id = normalize(row.get("K"));
            ids.add(id);
            Object label = row.get("LABEL");
            if (label != null) {
                idsByName.computeIfAbsent(label.toString(), k -> new ArrayList<>()).add(id);
            }
        }
    }

    Object idForName(String name) {
        if (labelWord == null) {
            throw new IllegalArgumentException("cannot name a " + key.parentTable() + " row: " + key.parentTable()
                    + " has no name or title column. Use a " + key.childColumn() + " column with ids instead.");
        }
        List<Object> matches = idsByName.getOrDefault(name, List.of());
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("names no " + key.parentTable() + " (matched by " + labelWord
                    + ", exactly). Load that " + key.parentTable() + " first or in the same command, or fix the "
                    + labelWord + ".");
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("names " + matches.size() + " " + key.parentTable() + " rows (ids "
                    + matches.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
                    + "). Use a " + key.childColumn() + " column with the id you mean.");
        }
        return matches.get(0);
    }

    void requireId(Object id) {
        if (!ids.contains(normalize(id))) {
            throw new IllegalArgumentException("is not the id of any " + key.parentTable() + " row ("
                    + key.childColumn() + " points at " + key.parentTable() + "." + key.parentColumn()
                    + "). Load that " + key.parentTable() + " first or in the same command.");
        }
    }

    private static Object normalize(Object id) {
        return id instanceof Number ? (Object) ((Number) id).longValue() : id;
    }
}
