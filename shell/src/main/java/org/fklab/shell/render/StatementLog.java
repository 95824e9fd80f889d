package org.fklab.shell.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.fklab.domain.explain.ExecutedStatement;

/**
 * Prints what {@code explain on} shows after a command: each statement MyBatis ran, its values and time. The queries
 * fklab makes of the catalog to read the schema (for {@code describe}, {@code diagram}, a delete's report) are
 * folded into one line: they are fklab's own, not what the command asks of the data.
 */
public final class StatementLog {

    /** The mapper whose statements read INFORMATION_SCHEMA. */
    private static final String CATALOG = "org.fklab.domain.schema.SchemaMapper.";

    private StatementLog() {
    }

    public static void print(Console console, List<ExecutedStatement> all) {
        Styles styles = console.styles();
        List<ExecutedStatement> statements = all.stream().filter(s -> !s.statementId().startsWith(CATALOG)).toList();
        long catalog = all.size() - statements.size();
        String folded = catalog == 0 ? "" : " (and " + catalog + (catalog == 1 ? " catalog query" : " catalog queries")
                + " to read the schema, folded)";
        console.println(styles.dim("── explain: " + Values.count(statements.size(), "statement") + folded + " ──"));
        for (ExecutedStatement statement : statements) {
            String rows = statement.batched() ? "batched ×" + statement.times()
                    : statement.rows() < 0 ? "" : Values.count(statement.rows(), "row");
            console.println(styles.header(statement.shortId()) + styles.dim(String.format(Locale.ROOT,
                    "  %.1f ms%s", statement.nanos() / 1_000_000.0, rows.isEmpty() ? "" : "  " + rows)));
            console.println("  " + styles.code(statement.sql()));
            if (!statement.parameters().isEmpty()) {
                console.println(styles.dim("  ? = ") + statement.parameters().stream().map(StatementLog::literal)
                        .collect(Collectors.joining(", ")));
            }
        }
    }

    private static String literal(Object value) {
        if (value == ExecutedStatement.NullValue.NULL) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "'" + Values.display(value).replace("'", "''") + "'";
    }
}
