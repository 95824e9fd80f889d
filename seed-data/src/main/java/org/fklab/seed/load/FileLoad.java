package org.fklab.seed.load;

import java.nio.file.Path;
import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.executor.BatchExecutorException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.IoErrors;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.Names;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.SchemaMapper;

/**
 * Streams one CSV into its table: reads a record at a time, checks every cell against its column before
 * the database sees it, and inserts in JDBC batches. Every problem is noted with the file and the physical
 * line it is on; after the first one nothing more is inserted, but reading goes on to find the others.
 */
final class FileLoad {

    private static final int BATCH_SIZE = 5000;
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    private static final Pattern UNIQUE = Pattern.compile("unique constraint or index violation\\s*;\\s*(\\S+)");

    /** The value of a cell that could not be converted (its problem is noted). */
    private static final Object BAD = new Object() {
        @Override
        public String toString() {
            return "(bad cell)";
        }
    };

    /** A row inserted into the current batch: its line, its values and its cells as the file has them. */
    private record Pending(long line, Object[] values, String[] cells) {
    }

    private final SqlSession session;
    private final TableTarget target;
    /** For each field, as messages name it ({@code listing.band_id}) and its type as DDL writes it: made once. */
    private final String[] labels;
    private final String[] ddlTypes;
    /** Whether a column of the file points at the file's own table (rows then refer to earlier rows). */
    private final boolean selfReferencing;
    private final Problems problems;
    private final UninsertedRows uninserted;
    private final LoadProgress progress;
    private final Runnable afterBatch;
    private final List<Pending> pending = new ArrayList<>(BATCH_SIZE);
    private final Set<String> pointedAtColumns = new HashSet<>();
    private Map<String, ParentKeys> parents;
    /** Rows of this file inserted without an id (the database numbers them) since its own keys were read. */
    private boolean unnumberedRows;
    /** The names of those rows. */
    private final Set<String> unnumberedNames = new HashSet<>();

    /**
     * @param uninserted rows of the load checked but not inserted (once it has a problem), which later rows may
     *                   point at; this file's are added to it
     * @param afterBatch run after each batch the database accepted (a commit, when the load is made safe by a
     *                   savepoint instead of one transaction)
     */
    FileLoad(SqlSession session, TableTarget target, Problems problems, UninsertedRows uninserted,
             LoadProgress progress, Runnable afterBatch) {
        this.session = session;
        this.target = target;
        this.problems = problems;
        this.uninserted = uninserted;
        this.progress = progress;
        this.afterBatch = afterBatch;
        for (ColumnInfo column : session.getMapper(SchemaMapper.class).findColumns(target.table())) {
            if (uninserted.pointedAt(target.table(), column.storedName())) {
                pointedAtColumns.add(column.storedName());
            }
        }
        List<TableTarget.Field> fields = target.fields();
        selfReferencing = fields.stream().anyMatch(this::pointsAtItsOwnTable);
        labels = new String[fields.size()];
        ddlTypes = new String[fields.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = target.displayTable() + "." + fields.get(i).column().name();
            ddlTypes[i] = fields.get(i).column().type();
        }
    }

    /** The rows read from the file. */
    long run() {
        SeedMapper mapper = session.getMapper(SeedMapper.class);
        session.flushStatements(); // parents loaded just before must be visible to the lookups
        parents = parentKeys();
        CsvSource source = target.source();
        CsvFiles.ByteCounter bytes = new CsvFiles.ByteCounter();
        long rows = 0;
        long nextReport = System.nanoTime() + PROGRESS_EVERY_NANOS;
        try (CsvRows csv = CsvRows.open(source, bytes)) {
            int width = csv.header().size();
            for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                rows++;
                Object[] values = convert(row.record(), width, row.line());
                boolean good = values != null && !Arrays.asList(values).contains(BAD);
                boolean insert = good && problems.isEmpty();
                if (insert) {
                    mapper.insertRow(target.row(values));
                    pending.add(new Pending(row.line(), values, row.record().values()));
                }
                if (values != null) {
                    remember(values, row.line(), insert);
                }
                if (insert && pending.size() >= BATCH_SIZE) {
                    flush();
                }
                if (problems.full()) {
                    break;
                }
                if ((rows & 1023) == 0 && progress.stopRequested()) {
                    problems.add(source.name() + ":" + row.line() + ": stopped here, as asked (Ctrl-C).");
                    problems.stop();
                    break;
                }
                if ((rows & 1023) == 0 && System.nanoTime() > nextReport) {
                    progress.reading(source.name(), bytes.count, source.size(), rows, source.rows());
                    nextReport = System.nanoTime() + PROGRESS_EVERY_NANOS;
                }
            }
            flush();
        } catch (CsvRows.UnreadableException e) {
            problems.add(source.name() + ":" + e.line() + ": " + e.getMessage());
            problems.stop();
        } catch (IOException e) {
            problems.add(source.name() + ": cannot read the file: " + IoErrors.explain(e, Path.of(source.name())) + ".");
            problems.stop();
        }
        progress.reading(source.name(), bytes.count, source.size(), rows, source.rows());
        return rows;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            session.flushStatements();
            afterBatch.run();
        } catch (PersistenceException e) {
            int failed = failedIndex(e);
            int index = failed >= 0 && failed < pending.size() ? failed : 0;
            problems.add(target.source().name() + ":" + pending.get(index).line() + ": " + refusal(e, index));
            problems.stop();
        }
        pending.clear();
    }

    private static int failedIndex(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BatchExecutorException) {
                return ((BatchExecutorException) t).getBatchUpdateException().getUpdateCounts().length;
            }
            if (t instanceof BatchUpdateException) {
                return ((BatchUpdateException) t).getUpdateCounts().length;
            }
        }
        return -1;
    }

    /** Why the database refused the row at {@code index} of the batch, naming its columns and values. */
    private String refusal(PersistenceException e, int index) {
        String text = SqlErrors.sqlCause(e).map(SQLException::getMessage).orElse("");
        Matcher unique = UNIQUE.matcher(text);
        if (unique.find()) {
            Optional<String> explained = uniqueRefusal(unique.group(1), index);
            if (explained.isPresent()) {
                return explained.get();
            }
        }
        return "the database refused this row: " + SqlErrors.explain(e);
    }

    private Optional<String> uniqueRefusal(String constraint, int index) {
        List<String> columns;
        try {
            columns = session.getMapper(SeedMapper.class).findConstraintColumns(target.table(), constraint);
        } catch (PersistenceException e) {
            return Optional.empty();
        }
        List<Integer> positions = new ArrayList<>();
        for (String column : columns) {
            Optional<TableTarget.Field> field = target.fieldFor(column);
            if (field.isEmpty()) {
                return Optional.empty(); // a value the database made: its own words are all there is
            }
            positions.add(target.fields().indexOf(field.get()));
        }
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        Pending row = pending.get(index);
        String headers = positions.stream().map(i -> target.fields().get(i).header()).collect(Collectors.joining(", "));
        String cells = positions.stream().map(i -> shown(row.cells()[i])).collect(Collectors.joining(", "));
        String stored = positions.stream().map(i -> target.fields().get(i).columnName())
                .collect(Collectors.joining(", "));
        Long earlier = null;
        for (int i = 0; i < index && earlier == null; i++) {
            Pending other = pending.get(i);
            if (positions.stream().allMatch(p -> Objects.equals(other.values()[p], row.values()[p]))) {
                earlier = other.line();
            }
        }
        String table = target.displayTable();
        boolean ids = target.explicitIds() && columns.contains(target.identityColumn());
        return Optional.of("the database refused this row: " + (positions.size() == 1 ? "column " : "columns ")
                + headers + ": " + cells
                + (positions.size() == 1 ? " is already taken: " + table + "." + stored + " must be unique"
                : " are already taken together: " + table + " (" + stored + ") must be unique")
                + " (" + Names.display(constraint).toLowerCase(Locale.ROOT) + "), and "
                + (earlier != null ? "line " + earlier + " of this file has the same."
                : table + " already has a row with it (from before this load, or from an earlier row of this file).")
                + (ids ? " Give every row its own id, or leave the id column out and the database numbers the rows;"
                + " --replace empties the tables first." : " Change the value."));
    }

    private Object[] convert(CSVRecord record, int width, long line) {
        if (record.size() != width) {
            problems.add(where(line) + "this row has " + record.size() + (record.size() == 1 ? " value" : " values")
                    + " but the header names " + width + " columns. Check for a missing or extra separator, or an"
                    + " unclosed quote.");
            return null;
        }
        List<TableTarget.Field> fields = target.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            TableTarget.Field field = fields.get(i);
            String cell = record.get(i);
            try {
                values[i] = value(i, field, cell);
            } catch (IllegalArgumentException e) {
                problems.add(where(line) + "column " + field.header() + ": " + shown(cell) + " " + e.getMessage());
                values[i] = BAD;
            }
        }
        return values;
    }

    private String where(long line) {
        return target.source().name() + ":" + line + ": ";
    }

    private Object value(int index, TableTarget.Field field, String cell) {
        ColumnInfo column = field.column();
        boolean text = field.type() == CellType.TEXT && !field.byNaturalKey();
        if (cell == null || (cell.isEmpty() && !text)) {
            if (column.nullable() || column.defaultValue() != null) {
                return null;
            }
            if (column.identity()) {
                throw new IllegalArgumentException("is empty: every row needs an id when the file has an id column"
                        + " (or leave the column out and the database numbers the rows).");
            }
            throw new IllegalArgumentException("is empty, but " + labels[index] + " cannot be NULL. Give it a value.");
        }
        if (field.byNaturalKey()) {
            return lookUp(field, keys -> keys.idForName(cell), unnumberedNames.contains(cell));
        }
        Object value = field.type().parse(cell, labels[index], ddlTypes[index]);
        Integer max = column.maxLength();
        if (max != null && cell.length() > max) { // HSQLDB counts UTF-16 units, as String.length() does
            throw new IllegalArgumentException("is " + cell.length() + " characters long; " + labels[index]
                    + " holds at most " + max + ".");
        }
        if (field.foreignKey().isPresent()) {
            lookUp(field, keys -> {
                keys.requireId(value);
                return value;
            }, false);
        }
        return value;
    }

    /**
     * Finds a parent among the keys read for {@code field}. A file whose rows point at other rows of its own
     * table may name one the database has numbered since the keys were read: then the batch is sent, the keys
     * read again, and the lookup tried once more.
     */
    private Object lookUp(TableTarget.Field field, Function<ParentKeys, Object> lookup, boolean stale) {
        boolean own = pointsAtItsOwnTable(field);
        if (own && stale) {
            readOwnKeysAgain();
        }
        try {
            return lookup.apply(parents.get(field.header()));
        } catch (IllegalArgumentException notFound) {
            if (!own || !unnumberedRows) {
                throw notFound;
            }
            readOwnKeysAgain();
            return lookup.apply(parents.get(field.header()));
        }
    }

    private boolean pointsAtItsOwnTable(TableTarget.Field field) {
        return field.foreignKey().map(k -> k.storedParentTable().equals(target.table())).orElse(false);
    }

    private void readOwnKeysAgain() {
        flush();
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
     */
    private void remember(Object[] values, long line, boolean inserted) {
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

    /** The file's value for {@code storedColumn}, or null when the file leaves it to the database. */
    private Object keyOf(Object[] values, String storedColumn) {
        return target.fieldFor(storedColumn).map(f -> values[target.fields().indexOf(f)])
                .filter(v -> v != BAD).orElse(null);
    }

    private static String shown(String cell) {
        if (cell == null) {
            return "(empty)";
        }
        String shown = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    private Map<String, ParentKeys> parentKeys() {
        Map<String, ParentKeys> result = new HashMap<>();
        for (TableTarget.Field field : target.fields()) {
            field.foreignKey().ifPresent(key -> result.put(field.header(), keysFor(key)));
        }
        return result;
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
