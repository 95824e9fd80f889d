package org.fklab.domain.console;

import java.util.ArrayList;
import java.util.List;

/**
 * What one SQL statement produced: either rows under column labels, or the number of rows it changed.
 * {@link SqlConsole#run(String)} keeps at most {@link #MAX_ROWS} rows; a run that hands the rows to a
 * {@link RowReceiver} keeps none. {@link #totalRows()} tells how many were read.
 */
public final class ResultTable {

    public static final int MAX_ROWS = 1000;

    private final List<String> columns;
    private final List<Boolean> numeric;
    private final List<List<Object>> rows;
    private final long totalRows;
    private final long updateCount;
    private final boolean cut;

    private ResultTable(List<String> columns, List<Boolean> numeric, List<List<Object>> rows, long totalRows,
                        long updateCount, boolean cut) {
        this.columns = List.copyOf(columns);
        this.numeric = List.copyOf(numeric);
        this.rows = rows;
        this.totalRows = totalRows;
        this.updateCount = updateCount;
        this.cut = cut;
    }

    public static ResultTable ofRows(List<String> columns, List<Boolean> numeric, List<List<Object>> rows, long totalRows) {
        return new ResultTable(columns, numeric, new ArrayList<>(rows), totalRows, -1, false);
    }

    /** A result that reached {@link ResultBound#MAX_ROWS}: the query would have returned more. */
    static ResultTable ofCutRows(List<String> columns, List<Boolean> numeric, long totalRows) {
        return new ResultTable(columns, numeric, new ArrayList<>(), totalRows, -1, true);
    }

    public static ResultTable ofUpdateCount(long updateCount) {
        return new ResultTable(List.of(), List.of(), List.of(), 0, updateCount, false);
    }

    /** Whether the query would have returned more rows than one result may hold ({@link ResultBound#MAX_ROWS}). */
    public boolean cut() {
        return cut;
    }

    public boolean hasRows() {
        return updateCount < 0;
    }

    public List<String> columns() {
        return columns;
    }

    /** Whether each column holds numbers (right-aligned when shown). */
    public List<Boolean> numeric() {
        return numeric;
    }

    /** The rows kept (none when they went to a receiver), each with one value per column; a SQL NULL is {@code null}. */
    public List<List<Object>> rows() {
        return rows;
    }

    public long totalRows() {
        return totalRows;
    }

    /** Rows inserted, updated or deleted; 0 for statements such as CREATE TABLE. */
    public long updateCount() {
        return updateCount;
    }
}
