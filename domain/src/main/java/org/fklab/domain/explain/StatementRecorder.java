package org.fklab.domain.explain;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.ParameterMode;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.type.TypeHandlerRegistry;

/**
 * A MyBatis plugin that, while recording, notes every statement run with its bound parameters and time:
 * what {@code explain on} shows after each command. It sits on the statement handler, so the nested
 * selects of an N+1 query are seen one by one.
 */
@Intercepts({
        @Signature(type = StatementHandler.class, method = "query", args = {Statement.class, ResultHandler.class}),
        @Signature(type = StatementHandler.class, method = "update", args = {Statement.class}),
        @Signature(type = StatementHandler.class, method = "batch", args = {Statement.class})})
public final class StatementRecorder implements Interceptor {

    private volatile boolean recording;
    private final List<ExecutedStatement> statements = new ArrayList<>();

    public void setRecording(boolean recording) {
        this.recording = recording;
        if (!recording) {
            drain();
        }
    }

    public boolean isRecording() {
        return recording;
    }

    /** The statements recorded since the last call, oldest first. */
    public synchronized List<ExecutedStatement> drain() {
        List<ExecutedStatement> copy = statements.stream().filter(java.util.Objects::nonNull).toList();
        statements.clear();
        return copy;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        StatementHandler handler = (StatementHandler) invocation.getTarget();
        int slot = reserve(); // a statement is listed where it starts, before the nested selects it runs
        long start = System.nanoTime();
        Object result = invocation.proceed();
        long nanos = System.nanoTime() - start;
        String method = invocation.getMethod().getName();
        int rows = result instanceof List ? ((List<?>) result).size()
                : result instanceof Integer ? (Integer) result : "batch".equals(method) ? -2 : -1;
        record(slot, handler, nanos, rows);
        return result;
    }

    private synchronized int reserve() {
        statements.add(null);
        return statements.size() - 1;
    }

    private synchronized void record(int slot, StatementHandler handler, long nanos, int rows) {
        MappedStatement mapped = MappedStatements.of(handler);
        BoundSql bound = handler.getBoundSql();
        String sql = bound.getSql().strip().replaceAll("\\s+", " ");
        List<Object> parameters = parameterValues(mapped, bound);
        if (slot >= statements.size()) {
            return; // drained while the statement ran
        }
        if (rows == -2 && slot > 0 && slot == statements.size() - 1) {
            ExecutedStatement previous = statements.get(slot - 1);
            if (previous != null && previous.batched() && previous.sql().equals(sql)) {
                statements.remove(slot); // one more of the same batch
                statements.set(slot - 1, new ExecutedStatement(previous.statementId(), sql, previous.parameters(),
                        previous.nanos() + nanos, -2, previous.times() + 1));
                return;
            }
        }
        statements.set(slot, new ExecutedStatement(mapped.getId(), sql, parameters, nanos, rows, 1));
    }

    /** The values bound to the {@code ?} placeholders, found the way MyBatis's parameter handler finds them. */
    private static List<Object> parameterValues(MappedStatement mapped, BoundSql bound) {
        List<Object> values = new ArrayList<>();
        Object parameterObject = bound.getParameterObject();
        TypeHandlerRegistry types = mapped.getConfiguration().getTypeHandlerRegistry();
        MetaObject parameterMeta = null;
        for (ParameterMapping mapping : bound.getParameterMappings()) {
            if (mapping.getMode() == ParameterMode.OUT) {
                continue;
            }
            String property = mapping.getProperty();
            Object value;
            if (bound.hasAdditionalParameter(property)) {
                value = bound.getAdditionalParameter(property);
            } else if (parameterObject == null) {
                value = null;
            } else if (types.hasTypeHandler(parameterObject.getClass())) {
                value = parameterObject;
            } else {
                if (parameterMeta == null) {
                    parameterMeta = mapped.getConfiguration().newMetaObject(parameterObject);
                }
                value = parameterMeta.getValue(property);
            }
            values.add(value);
        }
        return values;
    }

    /** Statements are wrapped only while recording, so a shell with explain off pays nothing for it. */
    @Override
    public Object plugin(Object target) {
        return recording && target instanceof StatementHandler ? Interceptor.super.plugin(target) : target;
    }

    @Override
    public void setProperties(Properties properties) {
        // no settings
    }
}
