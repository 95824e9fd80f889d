package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.SchemaMapper;

/**
 * Every foreign key of the loaded tables checked at once, for a large load that HSQLDB did not check row by row
 * ({@link org.fklab.domain.sandbox.BulkLoad#deferKeyChecks}): one query a key, over the distinct values the child
 * column holds (read in order from the key's index, so a million rows cost a fraction of a second). The loader has
 * already checked every key cell a file gives; this catches what no cell shows, such as a column's default.
 */
final class KeyCheck {

    /** How many of a key's values that point nowhere a problem names. */
    private static final int SHOWN = 3;

    private KeyCheck() {
    }

    /** One problem for each key of {@code tables} whose rows point at no parent row. */
    static List<String> unmatched(SqlSession session, Collection<String> tables) {
        SchemaMapper schema = session.getMapper(SchemaMapper.class);
        SeedMapper seed = session.getMapper(SeedMapper.class);
        List<String> problems = new ArrayList<>();
        for (String table : new LinkedHashSet<>(tables)) {
            Map<String, List<ForeignKeyInfo>> keys = new LinkedHashMap<>();
            for (ForeignKeyInfo column : schema.findForeignKeysFrom(table)) {
                keys.computeIfAbsent(column.name(), k -> new ArrayList<>()).add(column);
            }
            for (List<ForeignKeyInfo> key : keys.values()) {
                List<Map<String, Object>> pairs = key.stream().map(c -> Map.<String, Object>of(
                        "child", c.storedChildColumn(), "parent", c.storedParentColumnName())).toList();
                List<Map<String, Object>> found = seed.findUnmatchedKeys(table, key.get(0).storedParentTable(),
                        pairs, SHOWN + 1);
                if (!found.isEmpty()) {
                    problems.add(problem(key, found));
                }
            }
        }
        return problems;
    }

    private static String problem(List<ForeignKeyInfo> key, List<Map<String, Object>> found) {
        ForeignKeyInfo first = key.get(0);
        String columns = key.stream().map(ForeignKeyInfo::childColumn).collect(Collectors.joining(", "));
        String values = found.stream().limit(SHOWN).map(row -> row.values().stream().map(String::valueOf)
                .collect(Collectors.joining(", ", key.size() > 1 ? "(" : "", key.size() > 1 ? ")" : "")))
                .collect(Collectors.joining(", ")) + (found.size() > SHOWN ? ", ..." : "");
        return first.childTable() + " rows point at " + first.parentTable() + " rows that do not exist: "
                + columns + " = " + values + " (foreign key " + first.name().toLowerCase(Locale.ROOT) + "). No line"
                + " of the files gives " + (key.size() > 1 ? "those values" : "such a value") + ", so it comes from"
                + " the column's default ('describe " + first.childTable() + "') or was in " + first.childTable()
                + " before the load. Give the column in the file, or fix the default or those rows first.";
    }
}
