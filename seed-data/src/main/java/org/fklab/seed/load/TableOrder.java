package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.SchemaMapper;
import org.fklab.engine.BookkeepingTables;

/** Foreign-key order, parents before the tables that point at them: of the learner's tables, or of a load's files. */
final class TableOrder {

    private TableOrder() {
    }

    /** Every learner table, read from the live schema, parents first. */
    static List<String> parentsFirst(SqlSession session) {
        SchemaMapper schema = session.getMapper(SchemaMapper.class);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : schema.findTableNames()) {
            if (!BookkeepingTables.contains(table)) {
                parents.put(table, schema.findForeignKeysFrom(table).stream().map(ForeignKeyInfo::storedParentTable)
                        .collect(Collectors.toSet()));
            }
        }
        return parentsFirst(List.copyOf(parents.keySet()), table -> table, parents::get);
    }

    /**
     * {@code items} (tables, or files each filling a table, several of them perhaps the same one) with each after
     * every item for a table it points at; items otherwise keep the order given. A table pointing at itself is fine;
     * a circle of keys is broken at the first item given (the deletes along it still cascade).
     */
    static <T> List<T> parentsFirst(List<T> items, Function<T, String> tableOf,
                                    Function<T, Collection<String>> parentsOf) {
        List<T> ordered = new ArrayList<>(items.size());
        List<T> waiting = new ArrayList<>(items);
        while (!waiting.isEmpty()) {
            T next = waiting.stream()
                    .filter(item -> parentsOf.apply(item).stream().allMatch(parent -> parent.equals(tableOf.apply(item))
                            || waiting.stream().noneMatch(other -> tableOf.apply(other).equals(parent))))
                    .findFirst().orElse(waiting.get(0));
            waiting.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    static Optional<String> identityColumn(SqlSession session, String table) {
        return session.getMapper(SchemaMapper.class).findColumns(table).stream().filter(ColumnInfo::identity)
                .map(ColumnInfo::storedName).findFirst();
    }
}
