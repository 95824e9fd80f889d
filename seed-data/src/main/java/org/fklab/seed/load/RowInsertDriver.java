package org.fklab.seed.load;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.parsing.XNode;
import org.apache.ibatis.scripting.xmltags.XMLLanguageDriver;
import org.apache.ibatis.session.Configuration;

/**
 * Binds a {@link RowInsert}: its SQL is built once per table, so each row costs only the binding of its
 * values, which keeps a million-row load close to plain JDBC batch speed.
 */
public final class RowInsertDriver extends XMLLanguageDriver {

    @Override
    public SqlSource createSqlSource(Configuration configuration, XNode script, Class<?> parameterType) {
        return rowInsert(configuration);
    }

    @Override
    public SqlSource createSqlSource(Configuration configuration, String script, Class<?> parameterType) {
        return rowInsert(configuration);
    }

    private static SqlSource rowInsert(Configuration configuration) {
        return parameter -> {
            RowInsert row = (RowInsert) parameter;
            BoundSql bound = new BoundSql(configuration, row.sql(), row.mappings(), row);
            Object[] values = row.values();
            for (int i = 0; i < values.length; i++) {
                bound.setAdditionalParameter(TableTarget.placeholder(i), values[i]);
            }
            return bound;
        };
    }
}
