package org.fklab.domain.row;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.engine.DatabaseError;
import org.fklab.domain.DomainException;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.Schema;

/** Checks a name or title a person typed, and explains a value the column cannot hold. */
final class TextValue {

    private TextValue() {
    }

    static String require(Kind kind, String value, String command) {
        if (value == null || value.isBlank()) {
            throw new DomainException(kind.withArticleCapitalized() + " needs a " + kind.labelWord() + ": " + command);
        }
        return value;
    }

    /**
     * Refuses a value longer than its column before the database sees it: an insert the database refuses still
     * uses up the next id, and a refused command must change nothing. The length is read from the live schema
     * (a learner's migration may have changed it) through JDBC, so {@code explain} shows only the command's SQL.
     */
    static void requireFits(SqlSession session, Kind kind, String value) {
        try (ResultSet column = session.getConnection().getMetaData()
                .getColumns(null, null, kind.table(), kind.labelColumn())) {
            if (column.next()) {
                int max = column.getInt("COLUMN_SIZE");
                boolean text = column.getInt("DATA_TYPE") == Types.VARCHAR || column.getInt("DATA_TYPE") == Types.CHAR;
                if (text && max > 0 && value.length() > max) {
                    throw tooLong(kind, value, String.valueOf(max), null);
                }
            }
        } catch (SQLException e) {
            // the database will check the length itself, and explain() puts its refusal into words
        }
    }

    /** Turns "string data, right truncation" into how long the value is and how long it may be. */
    static RuntimeException explain(Sandbox sandbox, Kind kind, String value, PersistenceException failure) {
        if (DatabaseError.is(failure, DatabaseError.Kind.TOO_LONG)) {
            Optional<Integer> max = sandbox.rolledBack(session -> Schema.column(session, kind.table(), kind.labelColumn()))
                    .map(ColumnInfo::maxLength);
            return tooLong(kind, value, max.map(String::valueOf).orElse("fewer"), failure);
        }
        if (DatabaseError.is(failure, DatabaseError.Kind.NO_ID_LEFT)) {
            return Ids.noneLeft(kind);
        }
        return new DomainException(SqlErrors.explain(failure), failure);
    }

    private static DomainException tooLong(Kind kind, String value, String max, Throwable failure) {
        // HSQLDB counts UTF-16 units: an emoji, like other characters outside the basic plane, counts as two
        boolean wide = value.length() != value.codePointCount(0, value.length());
        return new DomainException("That " + kind.labelWord() + " has " + value.length() + " characters"
                + (wide ? " as the database counts them (an emoji counts as two)" : "") + "; "
                + kind.withArticle() + " " + kind.labelWord() + " holds at most " + max + ". Shorten it.", failure);
    }
}
