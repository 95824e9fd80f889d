package org.fklab.domain.echo;

import java.lang.reflect.Field;

import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;

/**
 * Which mapped statement a MyBatis handler serves, and with which parameter. MyBatis has no getter for them; the
 * fields are read
 * through reflection looked up once (MyBatis's SystemMetaObject would re-inspect the class on every call,
 * which cost a million-row load a fifth of its time).
 */
public final class MappedStatements {

    private static final Field ROUTING_DELEGATE = field(RoutingStatementHandler.class, "delegate");
    private static final Field STATEMENT_OF_HANDLER = field(BaseStatementHandler.class, "mappedStatement");
    private static final Field STATEMENT_OF_RESULTS = field(DefaultResultSetHandler.class, "mappedStatement");
    private static final Field SQL_OF_RESULTS = field(DefaultResultSetHandler.class, "boundSql");

    private MappedStatements() {
    }

    public static MappedStatement of(StatementHandler handler) {
        Object target = handler instanceof RoutingStatementHandler ? get(ROUTING_DELEGATE, handler) : handler;
        return (MappedStatement) get(STATEMENT_OF_HANDLER, target);
    }

    public static MappedStatement of(DefaultResultSetHandler handler) {
        return (MappedStatement) get(STATEMENT_OF_RESULTS, handler);
    }

    /** The parameter object of the statement whose results the handler reads. */
    public static Object parameterOf(DefaultResultSetHandler handler) {
        return ((BoundSql) get(SQL_OF_RESULTS, handler)).getParameterObject();
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this MyBatis has no " + type.getSimpleName() + "." + name, e);
        }
    }

    private static Object get(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
