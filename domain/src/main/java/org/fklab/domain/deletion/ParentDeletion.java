package org.fklab.domain.deletion;

import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.engine.DeleteRule;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.SchemaMapper;

/**
 * Works out, from the live foreign keys, what deleting a row will do to the rows that point at it, so a
 * delete can say exactly what happened (or, with --dry-run, what would) instead of leaving it to surprise.
 */
public final class ParentDeletion {

    private static final int MAX_DEPTH = 5;

    private ParentDeletion() {
    }

    /**
     * The effects of deleting the row of {@code storedTable} whose primary key is {@code id}, read inside
     * {@code session} so they match the delete that follows.
     */
    public static List<ChildEffect> effects(SqlSession session, String storedTable, Object id) {
        return effects(session, storedTable, id, 0);
    }

    private static List<ChildEffect> effects(SqlSession session, String storedTable, Object id, int depth) {
        SchemaMapper schema = session.getMapper(SchemaMapper.class);
        ReferencingRowMapper rows = session.getMapper(ReferencingRowMapper.class);
        List<String> parentKey = schema.findPrimaryKey(storedTable);
        List<ChildEffect> effects = new ArrayList<>();
        for (ForeignKeyInfo key : schema.findForeignKeysTo(storedTable)) {
            Object parentValue = parentKey.equals(List.of(key.storedParentColumnName()))
                    ? id : rows.findValue(storedTable, key.storedParentColumnName(), single(parentKey), id);
            if (parentValue == null) {
                continue;
            }
            String childTable = key.storedChildTable();
            List<String> childKey = schema.findPrimaryKey(childTable);
            List<ColumnInfo> childColumns = schema.findColumns(childTable);
            String label = Schema.labelColumn(childColumns).orElse(null);
            List<RowRef> children = rows.findReferencing(childTable, key.storedChildColumn(), single(childKey), label,
                    parentValue);
            List<ChildEffect> further = new ArrayList<>();
            if (key.deleteRule() == DeleteRule.CASCADE && depth < MAX_DEPTH
                    && childKey.size() == 1) {
                for (RowRef child : children) {
                    further.addAll(effects(session, childTable, child.id(), depth + 1));
                }
            }
            String defaultValue = key.deleteRule() != DeleteRule.SET_DEFAULT ? null : childColumns.stream()
                    .filter(c -> c.storedName().equals(key.storedChildColumn())).findFirst()
                    .map(ColumnInfo::defaultValue).orElse(null);
            effects.add(new ChildEffect(key, children, defaultValue, further));
        }
        return effects;
    }

    private static String single(List<String> key) {
        return key.size() == 1 ? key.get(0) : null;
    }

}
