package org.fklab.seed.load;

import java.sql.BatchUpdateException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.executor.BatchExecutorException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.schema.Names;
import org.fklab.engine.DatabaseError;

/**
 * Sends one file's rows to the database in JDBC batches, and when the database refuses one, says which line it is on
 * and why, in the file's own columns and values: after that nothing more is sent.
 *
 * <p>In a large load, rows whose order changes nothing (see {@link TableTarget#sendingOrder}) are gathered
 * {@value #WINDOW} at a time and sent sorted by their parent key. HSQLDB keeps an index on every foreign key, a
 * tree whose rows live in its cache: in file order each row goes to a random place in it, sorted each one goes
 * beside the one before, and a million-row load takes a fifth less time.
 */
final class BatchWriter {

    static final int BATCH_SIZE = 5000;
    /** Rows sorted together in a large load: enough to put several rows beside each other under each parent. */
    static final int WINDOW = 100_000;

    /** A row inserted into the current batch: its line, its values and its cells as the file has them. */
    private record Pending(long line, Object[] values, String[] cells) {
    }

    private final SqlSession session;
    private final SeedMapper mapper;
    private final TableTarget target;
    private final Problems problems;
    private final Runnable afterBatch;
    private final Optional<Comparator<Object[]>> order;
    private final int gathered;
    private final List<Pending> pending;

    /**
     * @param afterBatch run after each batch the database accepted (a commit, when the load is made safe by a
     *                   savepoint instead of one transaction)
     * @param large      whether the load is large enough to send its rows sorted, where their order changes nothing
     */
    BatchWriter(SqlSession session, TableTarget target, Problems problems, Runnable afterBatch, boolean large) {
        this.session = session;
        this.mapper = session.getMapper(SeedMapper.class);
        this.target = target;
        this.problems = problems;
        this.afterBatch = afterBatch;
        this.order = large ? target.sendingOrder() : Optional.empty();
        this.gathered = order.isPresent() ? WINDOW : BATCH_SIZE;
        this.pending = new ArrayList<>(gathered);
    }

    /** Adds the row on {@code line} to those to send; true when they are as many as are sent at once. */
    boolean add(long line, Object[] values, String[] cells) {
        pending.add(new Pending(line, values, cells));
        return pending.size() >= gathered;
    }

    /** Sends the rows gathered, in batches; a refused row is noted as the load's problem, and stops it. */
    void flush() {
        order.ifPresent(o -> pending.sort(Comparator.comparing(Pending::values, o))); // stable: ties keep file order
        for (int from = 0; from < pending.size(); from += BATCH_SIZE) {
            if (!send(from, Math.min(pending.size(), from + BATCH_SIZE))) {
                break;
            }
        }
        pending.clear();
    }

    /** Sends {@code pending[from, to)} as one batch; false if the database refused a row of it. */
    private boolean send(int from, int to) {
        try {
            for (Pending row : pending.subList(from, to)) {
                mapper.insertRow(target.row(row.values()));
            }
            session.flushStatements();
            afterBatch.run();
            return true;
        } catch (PersistenceException e) {
            int failed = failedIndex(e);
            problems.add(refusal(e, from + (failed >= 0 && failed < to - from ? failed : 0)));
            problems.stop();
            return false;
        }
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

    /**
     * Why the database refused {@code pending[refused]}, at its line, naming its columns and values (the rows before
     * it in {@code pending} were sent before it).
     */
    private String refusal(PersistenceException e, int refused) {
        Optional<String> unique = DatabaseError.of(e).filter(error -> error.kind() == DatabaseError.Kind.UNIQUE)
                .flatMap(DatabaseError::constraint);
        if (unique.isPresent()) {
            Optional<String> explained = uniqueRefusal(unique.get(), refused);
            if (explained.isPresent()) {
                return explained.get();
            }
        }
        return at(pending.get(refused).line()) + "the database refused this row: " + SqlErrors.explain(e);
    }

    private String at(long line) {
        return target.source().name() + ":" + line + ": ";
    }

    private Optional<String> uniqueRefusal(String constraint, int refused) {
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
        Pending row = pending.get(refused);
        // the row sent before it with the same values: in a sorted load it may come later in the file, and then
        // that later line is the one that repeats the values
        Pending first = null;
        for (int i = 0; i < refused; i++) {
            Pending other = pending.get(i);
            if (positions.stream().allMatch(p -> Objects.equals(other.values()[p], row.values()[p]))
                    && (first == null || other.line() < first.line())) {
                first = other;
            }
        }
        Pending repeat = first != null && first.line() > row.line() ? first : row;
        Long earlier = first == null ? null : first == repeat ? row.line() : first.line();
        String headers = positions.stream().map(i -> target.fields().get(i).header()).collect(Collectors.joining(", "));
        String cells = positions.stream().map(i -> Cell.shown(repeat.cells()[i])).collect(Collectors.joining(", "));
        String stored = positions.stream().map(i -> target.fields().get(i).columnName())
                .collect(Collectors.joining(", "));
        String table = target.displayTable();
        boolean ids = target.explicitIds() && columns.contains(target.identityColumn());
        return Optional.of(at(repeat.line()) + "the database refused this row: "
                + (positions.size() == 1 ? "column " : "columns ") + headers + ": " + cells
                + (positions.size() == 1 ? " is already taken: " + table + "." + stored + " must be unique"
                : " are already taken together: " + table + " (" + stored + ") must be unique")
                + " (" + Names.display(constraint).toLowerCase(Locale.ROOT) + "), and "
                + (earlier != null ? "line " + earlier + " of this file has the same."
                : table + " already has a row with it (from before this load, or from an earlier row of this file).")
                + (ids ? " Give every row its own id, or leave the id column out and the database numbers the rows;"
                + " --replace empties the tables first." : " Change the value."));
    }
}
