package org.fklab.domain.console;

import java.sql.Connection;
import java.sql.Statement;

import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * Bounds what one query typed into {@code sql} may return, before the database computes it: a cross join of large
 * tables would otherwise fill the memory before its first row is shown. The bound is {@link #MAX_ROWS} rows; the
 * console says so when a result reaches it.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public final class ResultBound implements Interceptor {

    /** The most rows one typed query returns: far more than anyone reads, far fewer than fill the memory. */
    public static final int MAX_ROWS = 1_000_000;

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Statement statement = (Statement) invocation.proceed();
        statement.setMaxRows(MAX_ROWS + 1); // one more, to tell a result that reached the bound
        return statement;
    }

    /** Only the console's statement is bounded; fklab's own statements are not. */
    @Override
    public Object plugin(Object target) {
        if (target instanceof RoutingStatementHandler handler
                && handler.getBoundSql().getParameterObject() instanceof ConsoleStatement) {
            return Interceptor.super.plugin(target);
        }
        return target;
    }
}
