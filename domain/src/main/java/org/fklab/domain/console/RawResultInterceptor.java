package org.fklab.domain.console;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.fklab.domain.explain.MappedStatements;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * For the SQL console's statement only, reads the raw JDBC result and hands its rows, one at a time, to the
 * receiver the statement came with: MyBatis's own mapping would merge columns that share a label (two
 * {@code id}s in a JOIN), cannot report an update count from a select, and would hold every row at once.
 */
@Intercepts(@Signature(type = ResultSetHandler.class, method = "handleResultSets", args = Statement.class))
public final class RawResultInterceptor implements Interceptor {

    static final String CONSOLE_STATEMENT = SqlConsoleMapper.class.getName() + ".execute";

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Statement statement = (Statement) invocation.getArgs()[0];
        ConsoleStatement call = (ConsoleStatement) MappedStatements.parameterOf(
                (DefaultResultSetHandler) invocation.getTarget());
        try (ResultSet resultSet = statement.getResultSet()) {
            List<Object> single = new ArrayList<>(1);
            single.add(resultSet == null ? ResultTable.ofUpdateCount(Math.max(0, statement.getUpdateCount()))
                    : read(resultSet, call));
            return single;
        }
    }

    private static ResultTable read(ResultSet resultSet, ConsoleStatement call) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int count = meta.getColumnCount();
        List<String> columns = labels(meta);
        List<Boolean> numeric = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            numeric.add(isNumeric(meta.getColumnType(i)));
        }
        RowReceiver receiver = call.results().open(call.sql(), columns, numeric);
        long taken = 0;
        boolean more = true;
        while (more && taken < ResultBound.MAX_ROWS && resultSet.next()) {
            Object[] row = new Object[count];
            for (int i = 1; i <= count; i++) {
                row[i - 1] = resultSet.getObject(i);
            }
            taken++;
            more = receiver.row(row);
        }
        if (more && taken == ResultBound.MAX_ROWS && resultSet.next()) {
            return ResultTable.ofCutRows(columns, numeric, taken);
        }
        return ResultTable.ofRows(columns, numeric, List.of(), taken);
    }

    /**
     * The columns' labels as people would write them. When two share a label ({@code id} of listing and of band in
     * a JOIN), every column read straight from a table is named with it ({@code listing.id}, {@code band.id});
     * a label the learner gave with AS stays as it is.
     */
    private static List<String> labels(ResultSetMetaData meta) throws SQLException {
        int count = meta.getColumnCount();
        List<String> labels = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        boolean repeated = false;
        for (int i = 1; i <= count; i++) {
            String label = displayLabel(meta.getColumnLabel(i));
            labels.add(label);
            repeated |= !seen.add(label.toLowerCase(Locale.ROOT));
        }
        if (!repeated) {
            return labels;
        }
        for (int i = 1; i <= count; i++) {
            String table = meta.getTableName(i);
            boolean aliased = !meta.getColumnLabel(i).equals(meta.getColumnName(i));
            if (table != null && !table.isEmpty() && !aliased) {
                labels.set(i - 1, displayLabel(table) + "." + labels.get(i - 1));
            }
        }
        return labels;
    }

    /** HSQLDB upper-cases unquoted names; show them as they were most likely typed. */
    static String displayLabel(String label) {
        return label.equals(label.toUpperCase(Locale.ROOT)) ? label.toLowerCase(Locale.ROOT) : label;
    }

    private static boolean isNumeric(int type) {
        switch (type) {
            case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT:
            case Types.DECIMAL: case Types.NUMERIC: case Types.REAL: case Types.FLOAT: case Types.DOUBLE:
                return true;
            default:
                return false;
        }
    }

    /** Only the console statement's result handler is wrapped; every other statement maps as usual. */
    @Override
    public Object plugin(Object target) {
        if (!(target instanceof DefaultResultSetHandler)) {
            return target;
        }
        MappedStatement mapped = MappedStatements.of((DefaultResultSetHandler) target);
        return CONSOLE_STATEMENT.equals(mapped.getId()) ? Interceptor.super.plugin(target) : target;
    }
}
