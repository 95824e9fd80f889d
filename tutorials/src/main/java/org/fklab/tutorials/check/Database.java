package org.fklab.tutorials.check;

import java.util.List;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.console.ResultTable;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.TableDescription;

/** The reads a check makes: tables as the catalog describes them, and the rows of a query. */
final class Database {

    private final Sandbox sandbox;

    Database(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** The table, or empty when there is none of that name (yet). */
    Optional<TableDescription> table(String name) {
        try {
            return Optional.of(new Schema(sandbox).describe(name));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The rows of a query (at most {@link ResultTable#MAX_ROWS}); a query that fails is a DomainException. */
    List<List<Object>> rows(String sql) {
        ResultTable result = new SqlConsole(sandbox).run(sql).get(0).result();
        return result.hasRows() ? result.rows() : List.of();
    }

    /** The first column of the first row, as text; "NULL" for null or no row. */
    String first(String sql) {
        List<List<Object>> rows = rows(sql);
        if (rows.isEmpty() || rows.get(0).get(0) == null) {
            return "NULL";
        }
        return rows.get(0).get(0).toString().strip();
    }
}
