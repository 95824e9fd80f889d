package org.fklab.shell.repl;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The SQL words highlighting marks as keywords and completion offers, as HSQLDB understands them. */
final class SqlKeywords {

    /** Offered by completion, in the order a statement usually needs them. */
    static final List<String> COMMON = List.of("SELECT", "FROM", "WHERE", "JOIN", "LEFT", "INNER", "ON", "AND", "OR",
            "NOT", "NULL", "IS", "IN", "LIKE", "BETWEEN", "GROUP", "BY", "HAVING", "ORDER", "ASC", "DESC", "LIMIT",
            "COUNT", "DISTINCT", "AS", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "CREATE", "TABLE",
            "ALTER", "ADD", "DROP", "COLUMN", "CONSTRAINT", "PRIMARY", "KEY", "FOREIGN", "REFERENCES", "CASCADE",
            "RESTRICT", "DEFAULT", "EXPLAIN", "PLAN", "FOR");

    private static final Set<String> ALL = Set.of("SELECT", "FROM", "WHERE",
            "JOIN", "LEFT", "RIGHT", "FULL", "OUTER", "INNER", "CROSS", "NATURAL", "USING", "ON", "AND", "OR", "NOT",
            "NULL", "IS", "IN", "EXISTS", "LIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END", "GROUP", "BY",
            "HAVING", "ORDER", "ASC", "DESC", "LIMIT", "OFFSET", "FETCH", "FIRST", "NEXT", "ROWS", "ONLY", "UNION",
            "ALL", "EXCEPT", "INTERSECT", "DISTINCT", "AS", "WITH", "INSERT", "INTO", "VALUES", "UPDATE", "SET",
            "DELETE", "TRUNCATE", "MERGE", "CREATE", "TABLE", "VIEW", "INDEX", "UNIQUE", "ALTER", "ADD", "DROP",
            "RENAME", "TO", "COLUMN", "CONSTRAINT", "PRIMARY", "KEY", "FOREIGN", "REFERENCES", "CASCADE", "RESTRICT",
            "NO", "ACTION", "DEFAULT", "CHECK", "GENERATED", "ALWAYS", "IDENTITY", "EXPLAIN", "PLAN", "FOR", "COUNT",
            "SUM", "AVG", "MIN", "MAX", "COALESCE", "CAST", "TRUE", "FALSE", "INTEGER", "INT", "BIGINT", "VARCHAR",
            "DECIMAL", "NUMERIC", "BOOLEAN", "DATE", "TIMESTAMP", "CURRENT_TIMESTAMP", "COMMIT", "ROLLBACK", "CALL");

    /**
     * A line that starts with one of these words is SQL, run as if 'sql' came before it. None is the name of an
     * fklab command; {@code explain} is one ({@code explain on}), so only {@code explain plan for} is SQL.
     */
    static final List<String> STATEMENT_STARTS = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "CREATE",
            "ALTER", "DROP", "EXPLAIN PLAN FOR");
    private static final Pattern STATEMENT_START = Pattern.compile("\\s*(" + String.join("|", STATEMENT_STARTS)
            .replace(" FOR", "").replace(" ", "\\s+") + ")(?=$|[\\s(*])", Pattern.CASE_INSENSITIVE);

    private SqlKeywords() {
    }

    /** Whether {@code line} starts with a word that begins an SQL statement (in any case): bare SQL. */
    static boolean startsStatement(String line) {
        return STATEMENT_START.matcher(line).lookingAt();
    }

    static boolean isKeyword(String word) {
        return ALL.contains(word.toUpperCase(Locale.ROOT));
    }
}
