package org.fklab.domain.console;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.fklab.domain.echo.MappedStatements;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * For the SQL console's statement only, reads the raw JDBC result into a {@link ResultTable}: MyBatis's
 * own mapping would merge columns that share a label (two {@code id}s in a JOIN) and cannot report an
 * update count from a select.
 */
@Intercepts(@Signature(type = ResultSetHandler.class, method = "handleResultSets", args = Statement.class))
public final class RawResultInterceptor implements Interceptor {

    static final String CONSOLE_STATEMENT = SqlConsoleMapper.class.getName() + ".execute";

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Statement statement = (Statement) invocation.getArgs()[0];
        try (ResultSet resultSet = statement.getResultSet()) {
            List<Object> single = new ArrayList<>(1);
            single.add(resultSet == null ? ResultTable.ofUpdateCount(Math.max(0, statement.getUpdateCount()))
                    : read(resultSet));
            return single;
        }
    }

    private static ResultTable read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int count = meta.getColumnCount();
        List<String> columns = new ArrayList<>(count);
        List<Boolean> numeric = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(displayLabel(meta.getColumnLabel(i)));
            numeric.add(isNumeric(meta.getColumnType(i)));
        }
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        while (resultSet.next()) {
            total++;
            if (rows.size() < ResultTable.MAX_ROWS) {
                Object[] row = new Object[count];
                for (int i = 1; i <= count; i++) {
                    row[i - 1] = resultSet.getObject(i);
                }
                rows.add(Arrays.asList(row));
            }
        }
        return ResultTable.ofRows(columns, numeric, rows, total);
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
