package org.fklab.seed.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.Names;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.SchemaMapper;

/**
 * The rows each foreign-key column of one file may point at, kept up to date while the file goes in: a file whose
 * table points at itself may name rows further up it, which the database numbers only when their batch is sent;
 * and once the load has a problem, the rows checked but not inserted are kept for the rows and files after them.
 */
final class KeyTracker {

    private final SqlSession session;
    private final TableTarget target;
    private final UninsertedRows uninserted;
    /** Sends the rows waiting in the current batch, so that the ids the database gives them can be read. */
    private final Runnable sendBatch;
    /** Whether a column of the file points at the file's own table (rows then refer to earlier rows). */
    private final boolean selfReferencing;
    private final Set<String> pointedAtColumns = new HashSet<>();
    private Map<String, ParentKeys> parents;
    /** Rows of this file inserted without an id (the database numbers them) since its own keys were read. */
    private boolean unnumberedRows;
    /** The names of those rows. */
    private final Set<String> unnumberedNames = new HashSet<>();

    KeyTracker(SqlSession session, TableTarget target, UninsertedRows uninserted, Runnable sendBatch) {
        this.session = session;
        this.target = target;
        this.uninserted = uninserted;
        this.sendBatch = sendBatch;
        for (ColumnInfo column : session.getMapper(SchemaMapper.class).findColumns(target.table())) {
            if (uninserted.pointedAt(target.table(), column.storedName())) {
                pointedAtColumns.add(column.storedName());
            }
        }
        selfReferencing = target.fields().stream().anyMatch(this::pointsAtItsOwnTable);
    }

    /** Reads the keys of the tables the file points at (the rows loaded before it must be sent already). */
    void read() {
        Map<String, ParentKeys> result = new HashMap<>();
        for (TableTarget.Field field : target.fields()) {
            field.foreignKey().ifPresent(key -> result.put(field.header(), keysFor(key)));
        }
        parents = result;
    }

    /** The id of the parent row {@code name} names, for a field that names its parent ({@code band = Muse}). */
    Cell idForName(TableTarget.Field field, String name) {
        return lookUp(field, keys -> keys.idForName(name), unnumberedNames.contains(name));
    }

    /** {@code id} itself, if a row the field's foreign key points at has it. */
    Cell requireId(TableTarget.Field field, Object id) {
        return lookUp(field, keys -> keys.requireId(id), false);
    }

    /**
     * Finds a parent among the keys read for {@code field}. A file whose rows point at other rows of its own
     * table may name one the database has numbered since the keys were read: then the batch is sent, the keys
     * read again, and the lookup tried once more.
     */
    private Cell lookUp(TableTarget.Field field, Function<ParentKeys, Cell> lookup, boolean stale) {
        boolean own = pointsAtItsOwnTable(field);
        if (own && stale) {
            readOwnKeysAgain();
        }
        Cell found = lookup.apply(parents.get(field.header()));
        if (found instanceof Cell.Refused && own && unnumberedRows) {
            readOwnKeysAgain();
            found = lookup.apply(parents.get(field.header()));
        }
        return found;
    }

    private boolean pointsAtItsOwnTable(TableTarget.Field field) {
        return field.foreignKey().map(k -> k.storedParentTable().equals(target.table())).orElse(false);
    }

    private void readOwnKeysAgain() {
        sendBatch.run();
        for (TableTarget.Field field : target.fields()) {
            if (pointsAtItsOwnTable(field)) {
                parents.put(field.header(), keysFor(field.foreignKey().get()));
            }
        }
        unnumberedRows = false;
        unnumberedNames.clear();
    }

    /**
     * Lets later rows point at this one: rows further down this file, when the table points at itself, and
     * rows of the files after it. An inserted row is in the database for them; one that was not is noted.
     * {@code values} are the row's, a refused cell's null.
     */
    void remember(Object[] values, long line, boolean inserted) {
        if (inserted && !selfReferencing) {
            return; // the database has the row: nothing to keep (the usual case, so no work per row)
        }
        String name = target.labelColumn() == null ? null
                : target.fieldFor(target.labelColumn()).map(f -> values[target.fields().indexOf(f)])
                .filter(String.class::isInstance).map(String.class::cast).orElse(null);
        ParentKeys.NewRow newRow = new ParentKeys.NewRow(target.source().name() + ":" + line);
        for (TableTarget.Field field : target.fields()) {
            if (!pointsAtItsOwnTable(field)) {
                continue;
            }
            Object key = keyOf(values, field.foreignKey().get().storedParentColumnName());
            if (key != null) {
                parents.get(field.header()).add(key, name);
            } else if (inserted) {
                unnumberedRows = true; // the database numbers it when the batch is sent
                if (name != null) {
                    unnumberedNames.add(name);
                }
            } else if (name != null) {
                parents.get(field.header()).add(newRow, name);
            }
        }
        if (inserted) {
            return;
        }
        for (String column : pointedAtColumns) {
            Object key = keyOf(values, column);
            if (key != null || name != null) {
                uninserted.add(target.table(), column, key == null ? newRow : key, name);
            }
        }
    }

    /** The file's value for {@code storedColumn}, or null when the file leaves it to the database (or it was refused). */
    private Object keyOf(Object[] values, String storedColumn) {
        return target.fieldFor(storedColumn).map(f -> values[target.fields().indexOf(f)]).orElse(null);
    }

    private ParentKeys keysFor(ForeignKeyInfo key) {
        String parent = key.storedParentTable();
        String label = Schema.labelColumn(session.getMapper(SchemaMapper.class).findColumns(parent)).orElse(null);
        ParentKeys keys = new ParentKeys(key, label == null ? null : Names.display(label),
                session.getMapper(SeedMapper.class).findKeys(parent, key.storedParentColumnName(), label));
        uninserted.keys(parent, key.storedParentColumnName()).forEach(row -> keys.add(row.key(), row.name()));
        return keys;
    }
}
