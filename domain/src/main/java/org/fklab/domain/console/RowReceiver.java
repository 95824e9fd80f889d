package org.fklab.domain.console;

import java.util.List;

/**
 * Takes a query's rows as the database hands them over, so that a long result is shown (or written to a file)
 * without being held in memory whole.
 */
@FunctionalInterface
public interface RowReceiver {

    /** One row, a value per column, a SQL NULL as {@code null}; false: read no more of this result. */
    boolean row(Object[] values);

    /** Where the rows of each query of a {@link SqlConsole#run(String, java.util.function.BooleanSupplier, Results)} go. */
    interface Results {

        /** A query's result begins: its column labels and which hold numbers. Its rows go to what this returns. */
        RowReceiver open(String statement, List<String> columns, List<Boolean> numeric);

        /** A statement ran: its update count, or for a query how many rows the receiver took. */
        void done(SqlConsole.Outcome outcome);
    }
}
