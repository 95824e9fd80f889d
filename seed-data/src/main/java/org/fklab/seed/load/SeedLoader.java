package org.fklab.seed.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.BatchUpdateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.executor.BatchExecutorException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.Names;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.SchemaMapper;
import org.fklab.seed.SeedException;

/**
 * Loads CSV files into their tables in one transaction: parents before children whatever the order given,
 * every cell checked before the database sees it, rows inserted in JDBC batches, and all of it rolled back
 * if anything is wrong, with every problem reported by file:line.
 */
public final class SeedLoader {

    /** After this many problems the load stops reading: the file is probably not what was meant. */
    public static final int MAX_PROBLEMS = 50;
    private static final int BATCH_SIZE = 5000;

    private final Sandbox sandbox;

    public SeedLoader(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public LoadReport load(List<CsvSource> sources, boolean dryRun) {
        if (sources.isEmpty()) {
            throw new SeedException("Name at least one CSV file or dataset to load.");
        }
        List<LoadReport.TableCount> counts = new ArrayList<>();
        List<TableTarget> targets;
        try (SqlSession session = sandbox.sessions().openSession(ExecutorType.BATCH, false)) {
            targets = inForeignKeyOrder(plan(session, sources));
            Problems problems = new Problems();
            for (TableTarget target : targets) {
                long rows = loadOne(session, target, problems);
                counts.add(new LoadReport.TableCount(target.source().name(), target.displayTable(), rows));
                if (problems.full()) {
                    break;
                }
            }
            if (!problems.isEmpty()) {
                session.rollback(true);
                throw new SeedException("Nothing was loaded: " + problems.summary(), problems.list());
            }
            if (dryRun) {
                session.rollback(true);
                return new LoadReport(counts, true);
            }
            session.commit(true);
        }
        continueIdentities(targets);
        return new LoadReport(counts, false);
    }

    private static List<TableTarget> plan(SqlSession session, List<CsvSource> sources) {
        List<TableTarget> targets = new ArrayList<>();
        for (CsvSource source : sources) {
            try (CSVParser parser = CsvFiles.open(source)) {
                List<String> header = CsvFiles.header(parser, source);
                targets.add(TableTarget.plan(session, source, source.table().orElse(source.tableFromName()), header));
            } catch (IOException | UncheckedIOException e) {
                throw cannotRead(source, e);
            }
        }
        return targets;
    }

    /** Parents first; files for unrelated tables keep the order they were given in. */
    static List<TableTarget> inForeignKeyOrder(List<TableTarget> targets) {
        Set<String> tablesInLoad = new HashSet<>();
        targets.forEach(t -> tablesInLoad.add(t.table()));
        List<TableTarget> ordered = new ArrayList<>();
        Set<String> loaded = new HashSet<>();
        List<TableTarget> waiting = new ArrayList<>(targets);
        while (!waiting.isEmpty()) {
            TableTarget next = waiting.stream()
                    .filter(t -> t.parentTables().stream().noneMatch(p -> tablesInLoad.contains(p) && !loaded.contains(p)
                            && waiting.stream().anyMatch(w -> w.table().equals(p))))
                    .findFirst().orElse(waiting.get(0));
            waiting.remove(next);
            ordered.add(next);
            if (waiting.stream().noneMatch(w -> w.table().equals(next.table()))) {
                loaded.add(next.table());
            }
        }
        return ordered;
    }

    private long loadOne(SqlSession session, TableTarget target, Problems problems) {
        SeedMapper mapper = session.getMapper(SeedMapper.class);
        session.flushStatements(); // parents loaded just before must be visible to the lookups
        Map<String, ParentKeys> parents = parentKeys(session, target);
        List<Long> pendingLines = new ArrayList<>(BATCH_SIZE);
        long rows = 0;
        CsvSource source = target.source();
        try (CSVParser parser = CsvFiles.open(source)) {
            int width = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                long line = startLine(parser, record);
                Object[] values = convert(target, record, width, line, parents, problems);
                if (values == null || !problems.isEmpty()) {
                    if (problems.full()) {
                        break;
                    }
                    continue;
                }
                mapper.insertRow(target.row(values));
                pendingLines.add(line);
                rows++;
                if (pendingLines.size() >= BATCH_SIZE) {
                    flush(session, source, pendingLines, problems);
                }
            }
            flush(session, source, pendingLines, problems);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(cannotRead(source, e).getMessage());
        }
        return rows;
    }

    private static void flush(SqlSession session, CsvSource source, List<Long> pendingLines, Problems problems) {
        if (pendingLines.isEmpty()) {
            return;
        }
        try {
            session.flushStatements();
        } catch (PersistenceException e) {
            int failed = failedIndex(e);
            long line = failed >= 0 && failed < pendingLines.size() ? pendingLines.get(failed) : pendingLines.get(0);
            problems.add(source.name() + ":" + line + ": the database refused this row: " + SqlErrors.explain(e));
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
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return parser.getCurrentLineNumber() - breaks;
    }

    private static Object[] convert(TableTarget target, CSVRecord record, int width, long line,
                                    Map<String, ParentKeys> parents, Problems problems) {
        String where = target.source().name() + ":" + line + ": ";
        if (record.size() != width) {
            problems.add(where + "this row has " + record.size() + " values but the header names " + width
                    + " columns. Check for a missing or extra separator, or an unclosed quote.");
            return null;
        }
        List<TableTarget.Field> fields = target.fields();
        Object[] values = new Object[fields.size()];
        boolean ok = true;
        for (int i = 0; i < fields.size(); i++) {
            TableTarget.Field field = fields.get(i);
            String cell = record.get(i);
            try {
                values[i] = value(target, field, cell, parents);
            } catch (IllegalArgumentException e) {
                problems.add(where + "column " + field.header() + ": " + quote(cell) + " " + e.getMessage());
                ok = false;
            }
        }
        return ok ? values : null;
    }

    private static Object value(TableTarget target, TableTarget.Field field, String cell,
                                Map<String, ParentKeys> parents) {
        ColumnInfo column = field.column();
        if (cell.isEmpty()) {
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
            throw new IllegalArgumentException("is " + cell.length() + " characters long; "
                    + target.displayTable() + "." + column.name() + " holds at most " + max + ".");
        }
        if (field.foreignKey().isPresent()) {
            parents.get(field.header()).requireId(value);
        }
        return value;
    }

    private static String quote(String cell) {
        String shown = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    private static Map<String, ParentKeys> parentKeys(SqlSession session, TableTarget target) {
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

    /** Tables given explicit ids go on numbering after the highest, so a later add does not collide. */
    private void continueIdentities(List<TableTarget> targets) {
        Map<String, String> tables = new LinkedHashMap<>();
        targets.stream().filter(TableTarget::explicitIds).forEach(t -> tables.put(t.table(), t.identityColumn()));
        if (tables.isEmpty()) {
            return;
        }
        sandbox.inTransaction(session -> {
            SeedMapper mapper = session.getMapper(SeedMapper.class);
            tables.forEach((table, column) -> {
                Long max = mapper.findMaxId(table, column);
                mapper.restartIdentity(table, column, max == null ? 1 : max + 1);
            });
            return null;
        });
    }

    private static SeedException cannotRead(CsvSource source, Exception e) {
        if (e instanceof SeedException) {
            return (SeedException) e;
        }
        if (CsvFiles.notUtf8(e)) {
            return new SeedException(source.name() + ": the file is not UTF-8 text. Save it as \"CSV UTF-8\" from"
                    + " the spreadsheet and try again.");
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new SeedException(source.name() + ": no such file. Check the path ('seed list' shows the"
                    + " built-in datasets).");
        }
        return new SeedException(source.name() + ": cannot read the file: " + message);
    }

    /** The problems found so far, up to {@link #MAX_PROBLEMS}. */
    private static final class Problems {
        private final List<String> list = new ArrayList<>();
        private boolean stopped;
        private int dropped;

        void add(String problem) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(problem);
            } else {
                dropped++;
            }
        }

        void stop() {
            stopped = true;
        }

        boolean full() {
            return stopped || list.size() >= MAX_PROBLEMS;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<String> list() {
            return list;
        }

        String summary() {
            return list.size() == 1 ? "1 problem." : list.size() + " problems"
                    + (full() && !stopped ? " (reading stopped after " + MAX_PROBLEMS + ")" : "") + ".";
        }
    }
}
