package org.fklab.domain.explain;

import java.util.List;

/**
 * One statement MyBatis ran: the mapped statement's id, its SQL with {@code ?} placeholders, the values
 * bound to them, how long it took and how many rows it returned or changed ({@code -1} when unknown).
 * Statements added to a JDBC batch are folded into one entry with {@code times} &gt; 1.
 */
public record ExecutedStatement(String statementId, String sql, List<Object> parameters, long nanos, int rows,
                                int times) {

    public ExecutedStatement {
        parameters = List.copyOf(parameters.stream().map(p -> p == null ? NullValue.NULL : p).toList());
    }

    /** The short name of the mapped statement, {@code BandMapper.findAll}. */
    public String shortId() {
        int lastDot = statementId.lastIndexOf('.');
        int previousDot = lastDot <= 0 ? -1 : statementId.lastIndexOf('.', lastDot - 1);
        return statementId.substring(previousDot + 1);
    }

    public boolean batched() {
        return times > 1 || rows == -2;
    }

    /** Stands in for a bound NULL, since the parameter list cannot hold null. */
    public enum NullValue { NULL }
}
