package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.SchemaMapper;

/** The learner's tables in foreign-key order, read from the live schema. */
final class TableOrder {

    private static final Set<String> BOOKKEEPING = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK",
            "FKLAB_MIGRATION_HISTORY");

    private TableOrder() {
    }

    /** Every learner table, parents before the tables that point at them (a table pointing at itself is fine). */
    static List<String> parentsFirst(SqlSession session) {
        SchemaMapper schema = session.getMapper(SchemaMapper.class);
        List<String> tables = schema.findTableNames().stream().filter(t -> !BOOKKEEPING.contains(t)).toList();
        List<String> parentsFirst = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<String> waiting = new ArrayList<>(tables);
        while (!waiting.isEmpty()) {
            String next = waiting.stream().filter(t -> schema.findForeignKeysFrom(t).stream()
                    .map(ForeignKeyInfo::storedParentTable)
                    .allMatch(p -> p.equals(t) || placed.contains(p) || !waiting.contains(p)))
                    .findFirst().orElse(waiting.get(0)); // a circle of keys: any order, the deletes still cascade
            waiting.remove(next);
            placed.add(next);
            parentsFirst.add(next);
        }
        return parentsFirst;
    }

    static Optional<String> identityColumn(SqlSession session, String table) {
        return session.getMapper(SchemaMapper.class).findColumns(table).stream().filter(ColumnInfo::identity)
                .map(ColumnInfo::storedName).findFirst();
    }
}
