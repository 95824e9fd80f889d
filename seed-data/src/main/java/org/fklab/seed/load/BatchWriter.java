package org.fklab.seed.load;

import java.sql.BatchUpdateException;
import java.util.ArrayList;
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
 */
final class BatchWriter {

    static final int BATCH_SIZE = 5000;

    /** A row inserted into the current batch: its line, its values and its cells as the file has them. */
    private record Pending(long line, Object[] values, String[] cells) {
    }

    private final SqlSession session;
    private final SeedMapper mapper;
    private final TableTarget target;
    private final Problems problems;
    private final Runnable afterBatch;
    private final List<Pending> pending = new ArrayList<>(BATCH_SIZE);

    /**
     * @param afterBatch run after each batch the database accepted (a commit, when the load is made safe by a
     *                   savepoint instead of one transaction)
     */
    BatchWriter(SqlSession session, TableTarget target, Problems problems, Runnable afterBatch) {
        this.session = session;
        this.mapper = session.getMapper(SeedMapper.class);
        this.target = target;
        this.problems = problems;
        this.afterBatch = afterBatch;
    }

    /** Adds the row on {@code line} to the batch; true when the batch is full and should be sent. */
    boolean add(long line, Object[] values, String[] cells) {
        mapper.insertRow(target.row(values));
        pending.add(new Pending(line, values, cells));
        return pending.size() >= BATCH_SIZE;
    }

    /** Sends the batch; a refused row is noted as the load's problem, and stops it. */
    void flush() {
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
        Optional<String> unique = DatabaseError.of(e).filter(error -> error.kind() == DatabaseError.Kind.UNIQUE)
                .flatMap(DatabaseError::constraint);
        if (unique.isPresent()) {
            Optional<String> explained = uniqueRefusal(unique.get(), index);
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
        String cells = positions.stream().map(i -> Cell.shown(row.cells()[i])).collect(Collectors.joining(", "));
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
}
