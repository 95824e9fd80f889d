package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of rows a load checked but did not insert, because it had already found a problem: a later row
 * that points at one of them is not wrong, and must not be reported as if it were. Kept only for the columns
 * that some file of the load points at, and only once the load has a problem.
 */
final class UninsertedRows {

    /** A row's value in the column pointed at ({@link ParentKeys.NewRow} if it has none yet), and its name. */
    record Key(Object key, String name) {
    }

    private final Set<String> pointedAt = new HashSet<>();
    private final Map<String, List<Key>> keys = new HashMap<>();

    UninsertedRows(List<TableTarget> targets) {
        for (TableTarget target : targets) {
            target.fields().forEach(f -> f.foreignKey().ifPresent(k -> pointedAt.add(
                    slot(k.storedParentTable(), k.storedParentColumnName()))));
        }
    }

    /** Whether some file of the load points at {@code table.column} (stored names). */
    boolean pointedAt(String table, String column) {
        return pointedAt.contains(slot(table, column));
    }

    void add(String table, String column, Object key, String name) {
        keys.computeIfAbsent(slot(table, column), k -> new ArrayList<>()).add(new Key(key, name));
    }

    List<Key> keys(String table, String column) {
        return keys.getOrDefault(slot(table, column), List.of());
    }

    private static String slot(String table, String column) {
        return table + '\u0000' + column;
    }
}
