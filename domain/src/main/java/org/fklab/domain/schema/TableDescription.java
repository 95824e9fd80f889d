package org.fklab.domain.schema;

import java.util.List;

/** Everything {@code describe} shows about one table. */
public record TableDescription(String name, long rows, List<ColumnInfo> columns, List<String> primaryKey,
                               List<ForeignKeyInfo> foreignKeys, List<ForeignKeyInfo> referencedBy,
                               List<IndexInfo> indexes) {
}
