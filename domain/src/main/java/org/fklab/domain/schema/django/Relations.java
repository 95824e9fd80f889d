package org.fklab.domain.schema.django;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.TableDescription;

/**
 * The schema's foreign keys as Django declares them, to be found from either end: the child writes the field,
 * the parent names its reverse side. A key over several columns has no Django field; it is kept apart.
 */
final class Relations {

    private final List<Relation> single;
    private final Map<String, List<List<ForeignKeyInfo>>> composite;

    private Relations(List<Relation> single, Map<String, List<List<ForeignKeyInfo>>> composite) {
        this.single = single;
        this.composite = composite;
    }

    static Relations of(List<TableDescription> tables) {
        Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
        tables.forEach(table -> primaryKeys.put(table.name(), table.primaryKey()));
        List<Relation> single = new ArrayList<>();
        Map<String, List<List<ForeignKeyInfo>>> composite = new LinkedHashMap<>();
        for (TableDescription child : tables) {
            Map<String, List<ForeignKeyInfo>> byName = new LinkedHashMap<>();
            child.foreignKeys().forEach(key -> byName.computeIfAbsent(key.name(), name -> new ArrayList<>()).add(key));
            List<ForeignKeyInfo> keys = byName.values().stream().filter(columns -> columns.size() == 1)
                    .map(columns -> columns.get(0)).toList();
            composite.put(child.name(), byName.values().stream().filter(columns -> columns.size() > 1).toList());
            TableIndexes indexes = new TableIndexes(child);
            for (ForeignKeyInfo key : keys) {
                String field = field(key, child);
                boolean oneToOne = indexes.unique(key.childColumn())
                        || child.primaryKey().equals(List.of(key.childColumn()));
                boolean sharesParent = keys.stream().filter(k -> k.parentTable().equals(key.parentTable())).count() > 1;
                List<String> parentKey = primaryKeys.getOrDefault(key.parentTable(), List.of(key.parentColumn()));
                single.add(new Relation(key, field, oneToOne,
                        RelatedNames.of(child.name(), field, key.parentTable(), oneToOne, sharesParent),
                        parentKey.equals(List.of(key.parentColumn())) ? Optional.empty() : Optional.of(key.parentColumn())));
            }
        }
        return new Relations(single, composite);
    }

    /** The key on this column of this table, if there is one. */
    Optional<Relation> from(String table, String column) {
        return single.stream().filter(r -> r.key().childTable().equals(table) && r.key().childColumn().equals(column))
                .findFirst();
    }

    /** The keys that point at this table: its reverse sides. */
    List<Relation> to(String table) {
        return single.stream().filter(r -> r.key().parentTable().equals(table)).toList();
    }

    /** This table's keys over several columns, each as its columns' keys. */
    List<List<ForeignKeyInfo>> composite(String table) {
        return composite.getOrDefault(table, List.of());
    }

    /** band_id → band: Django adds the _id back. A name another column already has keeps the column's name. */
    private static String field(ForeignKeyInfo key, TableDescription child) {
        String column = key.childColumn();
        String stem = column.endsWith("_id") && column.length() > 3 ? column.substring(0, column.length() - 3) : column;
        String field = PythonNames.fieldName(stem);
        boolean taken = child.columns().stream().map(ColumnInfo::name).filter(name -> !name.equals(column))
                .map(PythonNames::fieldName).anyMatch(field::equals);
        return taken ? PythonNames.fieldName(column) : field;
    }
}
