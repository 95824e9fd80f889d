package org.fklab.shell.command.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.fklab.domain.deletion.DeletionReport;
import org.fklab.domain.deletion.RowRef;
import org.fklab.domain.row.ChildRow;
import org.fklab.domain.row.Kind;
import org.fklab.domain.row.NamedRow;
import org.fklab.engine.DeleteRule;
import org.fklab.shell.output.Output;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Styles;
import org.fklab.shell.render.Values;
import org.fklab.shell.session.ShellSession;

/** How the data commands show rows and what a delete did, the same way for bands, listings, authors and books. */
final class Views {

    private Views() {
    }

    /** A named value of a row, shown beside its name, or as a column of its own in the formats to take away. */
    record Field(String name, Object value) {
    }

    /**
     * Rows as a table counted by {@code kind} ("3 bands"), or {@code emptyNote} when there are none (in box format;
     * the others print an empty table, which still parses). Ctrl-C stops it with a line saying so.
     */
    static <R> void rows(Output output, Kind kind, List<String> headers, List<String> numericHeaders, List<R> rows,
                         Function<R, List<?>> values, String emptyNote) {
        if (rows.isEmpty() && !output.dataOnly()) {
            output.text(emptyNote);
            return;
        }
        Output.Table table = output.table(headers, headers.stream().map(numericHeaders::contains).toList(),
                kind.singular());
        send(output, table, rows, values, kind.singular());
    }

    private static <R> void send(Output output, Output.Table table, List<R> rows, Function<R, List<?>> values,
                                 String noun) {
        for (R row : rows) {
            if (!table.row(values.apply(row))) {
                break;
            }
        }
        table.end();
        if (output.stopped()) {
            output.after(output.styles().warning("Stopped (Ctrl-C) after " + String.format(Locale.ROOT, "%,d",
                    table.shown()) + " of " + Output.count(rows.size(), noun) + ".") + " A list only reads: nothing"
                    + " was changed.");
        }
    }

    /** {@code id | name} for parents, with a count underneath, or how to add the first. */
    static void parents(Output output, Kind kind, List<? extends NamedRow> rows) {
        rows(output, kind, List.of("id", "name"), List.of("id"), rows, r -> Arrays.asList(r.getId(), r.getName()),
                "No " + kind.plural() + " yet. Add one: " + kind.singular() + " add NAME");
    }

    /**
     * {@code id | title | band_id | band}: the raw foreign key and, beside it, the parent it points at shown by
     * its name, as a web admin's list view would.
     */
    static <P extends NamedRow> void children(Output output, Kind kind, Kind parentKind,
                                             List<? extends ChildRow<P>> rows, String emptyNote) {
        String fk = parentKind.singular() + "_id";
        rows(output, kind, List.of("id", "title", fk, parentKind.singular()), List.of("id", fk), rows, row -> {
            P parent = row.parent();
            return Arrays.asList(row.getId(), row.getTitle(), parent == null ? null : parent.getId(),
                    parent == null ? null : parent.getName());
        }, emptyNote);
    }

    /**
     * A parent and the rows whose foreign key holds its id (the reverse side of the relationship): its heading, its
     * fields and a table of those rows; in the formats to take away, one row per child with the parent's columns
     * beside it ({@code id, name, listing_id, listing_title}), as the LEFT JOIN from parent to children reads.
     */
    static void parentWithChildren(Output output, Kind kind, Kind childKind, NamedRow row, List<Field> extra,
                                   List<? extends ChildRow<?>> children) {
        String child = childKind.singular();
        if (output.dataOnly()) {
            List<String> headers = new ArrayList<>(List.of("id", "name"));
            extra.forEach(f -> headers.add(f.name()));
            headers.addAll(List.of(child + "_id", child + "_title"));
            List<Object> parentValues = new ArrayList<>(Arrays.asList(row.getId(), row.getName()));
            extra.forEach(f -> parentValues.add(f.value()));
            Output.Table table = output.table(headers, headers.stream().map(h -> h.equals("id")
                    || h.equals(child + "_id")).toList(), "row");
            List<List<Object>> rows = new ArrayList<>();
            for (ChildRow<?> c : children) {
                List<Object> values = new ArrayList<>(parentValues);
                values.addAll(Arrays.asList(c.getId(), c.getTitle()));
                rows.add(values);
            }
            if (rows.isEmpty()) {
                List<Object> values = new ArrayList<>(parentValues);
                values.addAll(Arrays.asList(null, null));
                rows.add(values);
            }
            send(output, table, rows, values -> values, "row");
            return;
        }
        Styles styles = output.styles();
        output.text(styles.header(kind.singular() + " " + row.getId() + ": " + row.getName()));
        fields(output, extra);
        String condition = child + "." + kind.singular() + "_id = " + row.getId();
        if (children.isEmpty()) {
            output.text("No " + childKind.plural() + " point at it (no row has " + condition + ").");
            return;
        }
        output.text("Its " + childKind.plural() + " (the reverse side: rows with " + condition + "):");
        Output.Table table = output.table(List.of("id", "title"), List.of(true, false), child);
        send(output, table, children, c -> Arrays.asList(c.getId(), c.getTitle()), child);
    }

    /** A child row, and the parent its foreign key points at (the forward side); one row of a table to take away. */
    static <P extends NamedRow> void child(Output output, Kind kind, Kind parentKind, ChildRow<P> row,
                                          List<Field> extra) {
        P parent = row.parent();
        String fk = parentKind.singular() + "_id";
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("id", row.getId()));
        fields.add(new Field("title", row.getTitle()));
        fields.add(new Field(fk, parent == null ? null : parent.getId()));
        if (output.dataOnly()) {
            fields.add(new Field(parentKind.singular(), parent == null ? null : parent.getName()));
            fields.addAll(extra);
            List<String> headers = fields.stream().map(Field::name).toList();
            Output.Table table = output.table(headers, headers.stream().map(h -> h.equals("id") || h.equals(fk))
                    .toList(), kind.singular());
            table.row(fields.stream().map(Field::value).toList());
            table.end();
            return;
        }
        output.text(output.styles().header(kind.singular() + " " + row.getId() + ": " + row.getTitle()));
        fields.add(new Field(parentKind.singular(), parent == null ? null
                : parent.getName() + "   (" + kind.singular() + "." + parentKind.singular() + " → "
                + parentKind.singular() + " " + parent.getId() + ")"));
        fields.addAll(extra);
        fields(output, fields);
    }

    /** Name/value pairs, one a line, with NULL shown as NULL. */
    private static void fields(Output output, List<Field> fields) {
        Styles styles = output.styles();
        int width = fields.stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (Field field : fields) {
            String value = field.value() == null ? styles.nullValue() : Values.display(field.value());
            output.text("  " + styles.dim(String.format("%-" + width + "s", field.name())) + "  " + value);
        }
    }

    /**
     * What a delete did (or, for a dry run, would do) to the rows pointing at the deleted row. Returns the
     * exit code: a delete that a foreign key refused is a failure.
     */
    static int deletion(ShellSession session, Kind kind, DeletionReport report) {
        Console console = session.console();
        RowRef row = report.row();
        String what = kind.singular() + " " + row.id() + (row.label() == null ? "" : " (" + row.label() + ")");
        if (report.blocked() && !report.performed()) {
            List<String> lines = ChildEffectLines.of(report.effects(), true, "  ");
            console.error("Cannot delete " + what + ": a foreign key protects it." + System.lineSeparator()
                    + String.join(System.lineSeparator(), lines) + System.lineSeparator()
                    + "  Point those rows at another parent, or delete them first. Nothing was changed.");
            return 1;
        }
        if (report.performed()) {
            console.println(console.styles().success("Deleted " + what + "."));
        } else {
            console.println(console.styles().warning("Dry run: nothing was changed.") + " Deleting " + what
                    + " would:");
        }
        List<String> lines = ChildEffectLines.of(report.effects(), !report.performed(), report.performed() ? "" : "  ");
        if (lines.isEmpty()) {
            console.println((report.performed() ? "" : "  ") + "No rows pointed at it"
                    + (report.performed() ? ", so nothing else changed." : ": nothing else would change."));
        }
        lines.forEach(console::println);
        return 0;
    }
}
