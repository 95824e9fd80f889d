package org.fklab.domain.console;

import java.util.List;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.parsing.XNode;
import org.apache.ibatis.scripting.xmltags.XMLLanguageDriver;
import org.apache.ibatis.session.Configuration;

/**
 * Hands the statement's SQL ({@link ConsoleStatement#sql()}) to JDBC exactly as typed: no {@code #{}} or {@code ${}}
 * processing, so SQL a learner writes reaches the database unchanged.
 */
public final class VerbatimLanguageDriver extends XMLLanguageDriver {

    @Override
    public SqlSource createSqlSource(Configuration configuration, XNode script, Class<?> parameterType) {
        return verbatim(configuration);
    }

    @Override
    public SqlSource createSqlSource(Configuration configuration, String script, Class<?> parameterType) {
        return verbatim(configuration);
    }

    private static SqlSource verbatim(Configuration configuration) {
        return parameter -> new BoundSql(configuration, ((ConsoleStatement) parameter).sql(), List.of(), parameter);
    }
}
