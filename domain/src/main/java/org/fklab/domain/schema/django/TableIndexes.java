package org.fklab.domain.schema.django;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.IndexInfo;
import org.fklab.domain.schema.TableDescription;

/**
 * The indexes a model has to declare: not the primary key's, nor the one the database makes for each foreign
 * key (Django makes those by itself). One column: unique=True or db_index=True; several: class Meta.
 */
final class TableIndexes {

    private final List<IndexInfo> declared;

    TableIndexes(TableDescription table) {
        Set<String> keys = table.foreignKeys().stream().map(ForeignKeyInfo::name).collect(Collectors.toSet());
        this.declared = table.indexes().stream().filter(index -> !keys.contains(index.name()))
                .filter(index -> !(index.unique() && index.columns().equals(table.primaryKey())))
                .toList();
    }

    /** A unique index covers this column alone. */
    boolean unique(String column) {
        return declared.stream().anyMatch(index -> index.unique() && index.columns().equals(List.of(column)));
    }

    /** Some index covers this column alone. */
    boolean indexed(String column) {
        return declared.stream().anyMatch(index -> index.columns().equals(List.of(column)));
    }

    /** The indexes over several columns, which only class Meta can declare. */
    List<IndexInfo> multiColumn() {
        return declared.stream().filter(index -> index.columns().size() > 1).toList();
    }
}
