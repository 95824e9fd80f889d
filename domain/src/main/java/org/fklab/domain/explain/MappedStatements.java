package org.fklab.domain.explain;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;

import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Plugin;

/**
 * Which mapped statement a MyBatis handler serves, and with which parameter. MyBatis has no getter for them; the
 * fields are read
 * through reflection looked up once (MyBatis's SystemMetaObject would re-inspect the class on every call,
 * which cost a million-row load a fifth of its time).
 */
public final class MappedStatements {

    private static final Field PLUGIN_TARGET = field(Plugin.class, "target");
    private static final Field ROUTING_DELEGATE = field(RoutingStatementHandler.class, "delegate");
    private static final Field STATEMENT_OF_HANDLER = field(BaseStatementHandler.class, "mappedStatement");
    private static final Field STATEMENT_OF_RESULTS = field(DefaultResultSetHandler.class, "mappedStatement");
    private static final Field SQL_OF_RESULTS = field(DefaultResultSetHandler.class, "boundSql");

    private MappedStatements() {
    }

    public static MappedStatement of(StatementHandler handler) {
        Object plain = withoutPlugins(handler);
        Object target = plain instanceof RoutingStatementHandler ? get(ROUTING_DELEGATE, plain) : plain;
        return (MappedStatement) get(STATEMENT_OF_HANDLER, target);
    }

    public static MappedStatement of(DefaultResultSetHandler handler) {
        return (MappedStatement) get(STATEMENT_OF_RESULTS, handler);
    }

    /** The parameter object of the statement whose results the handler reads. */
    public static Object parameterOf(DefaultResultSetHandler handler) {
        return ((BoundSql) get(SQL_OF_RESULTS, handler)).getParameterObject();
    }

    /** The handler inside the proxies of other plugins (the console's result bound wraps its statement handler). */
    private static Object withoutPlugins(Object handler) {
        Object target = handler;
        while (Proxy.isProxyClass(target.getClass()) && Proxy.getInvocationHandler(target) instanceof Plugin plugin) {
            target = get(PLUGIN_TARGET, plugin);
        }
        return target;
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
