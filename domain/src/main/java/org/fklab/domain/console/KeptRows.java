package org.fklab.domain.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps the first {@link ResultTable#MAX_ROWS} rows of each query and counts the others: results a caller reads. */
final class KeptRows implements RowReceiver.Results {

    private final List<SqlConsole.Outcome> outcomes = new ArrayList<>();
    private List<List<Object>> rows;

    @Override
    public RowReceiver open(String statement, List<String> columns, List<Boolean> numeric) {
        rows = new ArrayList<>();
        return values -> {
            if (rows.size() < ResultTable.MAX_ROWS) {
                rows.add(Arrays.asList(values));
            }
            return true;
        };
    }

    @Override
    public void done(SqlConsole.Outcome outcome) {
        ResultTable result = outcome.result();
        outcomes.add(result.hasRows() && !result.cut() ? new SqlConsole.Outcome(outcome.statement(),
                ResultTable.ofRows(result.columns(), result.numeric(), rows, result.totalRows()), outcome.deleted())
                : outcome);
    }

    List<SqlConsole.Outcome> outcomes() {
        return outcomes;
    }

    /** Runs one query through the console's mapped statement and keeps its rows. */
    static ResultTable query(SqlConsoleMapper mapper, String sql) {
        KeptRows kept = new KeptRows();
        ResultTable result = mapper.execute(new ConsoleStatement(sql, kept));
        kept.done(new SqlConsole.Outcome(sql, result));
        return kept.outcomes.get(0).result();
    }
}
