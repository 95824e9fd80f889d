package org.fklab.domain.sandbox;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;

/**
 * A MyBatis plugin that knows which JDBC statements are running, so that another thread (the terminal's Ctrl-C
 * handler) can cancel them: HSQLDB then stops the statement at its next row and it fails, changing nothing.
 */
@Intercepts({
        @Signature(type = StatementHandler.class, method = "query", args = {Statement.class, ResultHandler.class}),
        @Signature(type = StatementHandler.class, method = "update", args = {Statement.class}),
        @Signature(type = StatementHandler.class, method = "batch", args = {Statement.class})})
final class RunningStatements implements Interceptor {

    private final Set<Statement> running = ConcurrentHashMap.newKeySet();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Statement statement = (Statement) invocation.getArgs()[0];
        running.add(statement);
        try {
            return invocation.proceed();
        } finally {
            running.remove(statement);
        }
    }

    /** Asks the database to stop every statement running now; true if there was one. */
    boolean cancelAll() {
        boolean any = false;
        for (Statement statement : running) {
            try {
                statement.cancel();
                any = true;
            } catch (SQLException e) {
                // it ended meanwhile
            }
        }
        return any;
    }

    @Override
    public void setProperties(Properties properties) {
    }
}
