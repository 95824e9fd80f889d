package org.fklab.domain.echo;

import java.lang.reflect.Field;

import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;

/**
 * Which mapped statement a MyBatis handler serves. MyBatis has no getter for it; the fields are read
 * through reflection looked up once (MyBatis's SystemMetaObject would re-inspect the class on every call,
 * which cost a million-row load a fifth of its time).
 */
public final class MappedStatements {

    private static final Field ROUTING_DELEGATE = field(RoutingStatementHandler.class, "delegate");
    private static final Field STATEMENT_OF_HANDLER = field(BaseStatementHandler.class, "mappedStatement");
    private static final Field STATEMENT_OF_RESULTS = field(DefaultResultSetHandler.class, "mappedStatement");

    private MappedStatements() {
    }

    public static MappedStatement of(StatementHandler handler) {
        Object target = handler instanceof RoutingStatementHandler ? get(ROUTING_DELEGATE, handler) : handler;
        return (MappedStatement) get(STATEMENT_OF_HANDLER, target);
    }

    public static MappedStatement of(DefaultResultSetHandler handler) {
        return (MappedStatement) get(STATEMENT_OF_RESULTS, handler);
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
