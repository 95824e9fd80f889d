package org.fklab.seed.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.BatchUpdateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.executor.BatchExecutorException;
import org.apache.ibatis.session.SqlSession;
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

    private final SqlSession session;
    private final TableTarget target;
    private final Problems problems;
    private final LoadProgress progress;
    private final Runnable afterBatch;
    private final List<Long> pendingLines = new ArrayList<>(BATCH_SIZE);

    /**
     * @param afterBatch run after each batch the database accepted (a commit, when the load is made safe by a
     *                   savepoint instead of one transaction)
     */
    FileLoad(SqlSession session, TableTarget target, Problems problems, LoadProgress progress, Runnable afterBatch) {
        this.session = session;
        this.target = target;
        this.problems = problems;
        this.progress = progress;
        this.afterBatch = afterBatch;
    }

    /** The rows read and accepted from the file. */
    long run() {
        SeedMapper mapper = session.getMapper(SeedMapper.class);
        session.flushStatements(); // parents loaded just before must be visible to the lookups
        Map<String, ParentKeys> parents = parentKeys();
        CsvSource source = target.source();
        CsvFiles.ByteCounter bytes = new CsvFiles.ByteCounter();
        long rows = 0;
        long lastLine = 1;
        long nextReport = System.nanoTime() + PROGRESS_EVERY_NANOS;
        try (CSVParser parser = CsvFiles.open(source, bytes)) {
            int width = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                long line = startLine(parser, record);
                lastLine = parser.getCurrentLineNumber();
                Object[] values = convert(record, width, line, parents);
                rows++;
                if (values != null && problems.isEmpty()) {
                    mapper.insertRow(target.row(values));
                    pendingLines.add(line);
                    if (pendingLines.size() >= BATCH_SIZE) {
                        flush();
                    }
                }
                if (problems.full()) {
                    break;
                }
                if ((rows & 1023) == 0 && System.nanoTime() > nextReport) {
                    progress.reading(source.name(), bytes.count, source.size(), rows);
                    nextReport = System.nanoTime() + PROGRESS_EVERY_NANOS;
                }
            }
            flush();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(unreadable(e, lastLine + 1));
            problems.stop();
        }
        progress.reading(source.name(), bytes.count, source.size(), rows);
        return rows;
    }

    private String unreadable(Exception e, long line) {
        String where = target.source().name() + ":" + line + ": ";
        if (CsvFiles.notUtf8(e)) {
            return where + "this is not UTF-8 text. Save the file as \"CSV UTF-8\" from the spreadsheet.";
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return where + "a quoted field starts here and is never closed: the file ends inside it. Close the"
                    + " quote (a quote inside a quoted field is written twice: \"\").";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return where + "a quoted field is followed by text before the next separator. Put the whole field in"
                    + " quotes, and write a quote inside it twice: \"\".";
        }
        return where + "cannot read the file: " + message;
    }

    private void flush() {
        if (pendingLines.isEmpty()) {
            return;
        }
        try {
            session.flushStatements();
            afterBatch.run();
        } catch (PersistenceException e) {
            int failed = failedIndex(e);
            long line = failed >= 0 && failed < pendingLines.size() ? pendingLines.get(failed) : pendingLines.get(0);
            String explained = SqlErrors.explain(e);
            boolean duplicateId = target.explicitIds() && explained.contains("must be unique");
            problems.add(target.source().name() + ":" + line + ": the database refused this row: " + explained
                    + (duplicateId ? " The file gives each row its id and " + target.displayTable() + " already has"
                    + " a row with this one: --replace empties the tables first." : ""));
            problems.stop();
        }
        pendingLines.clear();
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

    /** The physical line a record starts on: its end line less the line breaks inside its quoted fields. */
    private static long startLine(CSVParser parser, CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            if (value == null) {
                continue;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return parser.getCurrentLineNumber() - breaks;
    }

    private Object[] convert(CSVRecord record, int width, long line, Map<String, ParentKeys> parents) {
        String where = target.source().name() + ":" + line + ": ";
        if (record.size() != width) {
            problems.add(where + "this row has " + record.size() + (record.size() == 1 ? " value" : " values")
                    + " but the header names " + width + " columns. Check for a missing or extra separator, or an"
                    + " unclosed quote.");
            return null;
        }
        List<TableTarget.Field> fields = target.fields();
        Object[] values = new Object[fields.size()];
        boolean ok = true;
        for (int i = 0; i < fields.size(); i++) {
            TableTarget.Field field = fields.get(i);
            String cell = record.get(i);
            try {
                values[i] = value(field, cell, parents);
            } catch (IllegalArgumentException e) {
                problems.add(where + "column " + field.header() + ": " + shown(cell) + " " + e.getMessage());
                ok = false;
            }
        }
        return ok ? values : null;
    }

    private Object value(TableTarget.Field field, String cell, Map<String, ParentKeys> parents) {
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
            throw new IllegalArgumentException("is empty, but " + target.displayTable() + "." + column.name()
                    + " cannot be NULL. Give it a value.");
        }
        if (field.byNaturalKey()) {
            return parents.get(field.header()).idForName(cell);
        }
        Object value = field.type().parse(cell);
        Integer max = column.maxLength();
        if (max != null && cell.length() > max) { // HSQLDB counts UTF-16 units, as String.length() does
            throw new IllegalArgumentException("is " + cell.length() + " characters long; " + target.displayTable()
                    + "." + column.name() + " holds at most " + max + ".");
        }
        if (field.foreignKey().isPresent()) {
            parents.get(field.header()).requireId(value);
        }
        return value;
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
        SchemaMapper schema = session.getMapper(SchemaMapper.class);
        for (TableTarget.Field field : target.fields()) {
            if (field.foreignKey().isEmpty()) {
                continue;
            }
            ForeignKeyInfo key = field.foreignKey().get();
            String parent = key.storedParentTable();
            String label = Schema.labelColumn(schema.findColumns(parent)).orElse(null);
            List<Map<String, Object>> rows = session.getMapper(SeedMapper.class)
                    .findKeys(parent, key.storedParentColumnName(), label);
            result.put(field.header(), new ParentKeys(key, label == null ? null : Names.display(label), rows));
        }
        return result;
    }
}
