package org.fklab.domain.row;

import java.util.Optional;

import org.apache.ibatis.exceptions.PersistenceException;
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

    /** Turns "string data, right truncation" into how long the value is and how long it may be. */
    static RuntimeException explain(Sandbox sandbox, Kind kind, String value, PersistenceException failure) {
        boolean tooLong = SqlErrors.sqlCause(failure)
                .map(e -> String.valueOf(e.getMessage()).contains("right truncation")).orElse(false);
        if (tooLong) {
            Optional<Integer> max = sandbox.rolledBack(session -> Schema.column(session, kind.table(), kind.labelColumn()))
                    .map(ColumnInfo::maxLength);
            // HSQLDB counts UTF-16 units: an emoji, like other characters outside the basic plane, counts as two
            boolean wide = value.length() != value.codePointCount(0, value.length());
            return new DomainException("That " + kind.labelWord() + " has " + value.length() + " characters"
                    + (wide ? " as the database counts them (an emoji counts as two)" : "") + "; "
                    + kind.withArticle() + " " + kind.labelWord() + " holds at most "
                    + max.map(String::valueOf).orElse("fewer") + ". Shorten it.", failure);
        }
        return new DomainException(SqlErrors.explain(failure), failure);
    }
}
