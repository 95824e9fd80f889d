package org.fklab.tutorials.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.TableDescription;

/**
 * Finds the rows a condition picks, and when there are none, the rows that nearly match (the same text in another
 * case or with other spaces), so a check can say "there is 'the avalanches'" instead of only "there is none".
 */
final class RowLookup {

    /** A row: its id, its name or title (if the table has one), and the extra column asked for. */
    record Found(Object id, Object label, Object extra) {
    }

    private final Database database;

    RowLookup(Database database) {
        this.database = database;
    }

    /** The rows of {@code table} matching {@code where}, with {@code extra} (a stored column name) or null. */
    List<Found> find(TableDescription table, String where, String extra) {
        String sql = "SELECT " + idColumn(table) + ", " + labelOrNull(table) + ", " + (extra == null ? "NULL" : extra)
                + " FROM " + table.name() + (where == null ? "" : " WHERE " + where) + " ORDER BY 1";
        List<Found> found = new ArrayList<>();
        for (List<Object> row : database.rows(sql)) {
            found.add(new Found(row.get(0), row.get(1), row.get(2)));
        }
        return found;
    }

    /** The row with this id. */
    Optional<Found> byId(TableDescription table, Object id) {
        List<Found> rows = find(table, idColumn(table) + " = " + id, null);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Rows that would match {@code where} if text were compared without regard to case and runs of spaces; only for
     * a condition made of {@code column = value} parts.
     */
    List<Found> near(TableDescription table, String where) {
        List<Wording.Equality> parts = Wording.equalities(where);
        if (parts.isEmpty() || parts.stream().anyMatch(p -> column(table, p.column()).isEmpty())) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + idColumn(table) + ", " + labelOrNull(table));
        parts.forEach(p -> sql.append(", ").append(p.column()));
        sql.append(" FROM ").append(table.name()).append(" ORDER BY 1");
        List<Found> near = new ArrayList<>();
        for (List<Object> row : database.rows(sql.toString())) {
            boolean all = true;
            for (int i = 0; i < parts.size(); i++) {
                Object cell = row.get(2 + i);
                all &= cell != null && loose(cell.toString()).equals(loose(parts.get(i).value()));
            }
            if (all) {
                near.add(new Found(row.get(0), row.get(1), null));
            }
        }
        return near;
    }

    /** "but there is 'the avalanches' (band 4): text is compared exactly, so check the case and the spaces". */
    static String nearText(TableDescription table, List<Found> near) {
        if (near.isEmpty()) {
            return "";
        }
        List<String> names = near.stream().map(f -> "'" + Objects.toString(f.label(), "") + "' (" + table.name() + " "
                + f.id() + ")").toList();
        return "; but there " + (near.size() == 1 ? "is " : "are ") + Wording.listed(names, 3)
                + ": text is compared exactly, so check the case and the spaces";
    }

    static String idColumn(TableDescription table) {
        return table.primaryKey().isEmpty() ? table.columns().get(0).name() : table.primaryKey().get(0);
    }

    private static String labelOrNull(TableDescription table) {
        return Wording.labelColumn(table).map(c -> c.toLowerCase(Locale.ROOT)).orElse("NULL");
    }

    static Optional<ColumnInfo> column(TableDescription table, String name) {
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Lower case, trimmed, every run of spaces one space. */
    static String loose(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
