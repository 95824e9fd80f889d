package org.fklab.shell.command.data;

import java.util.ArrayList;
import java.util.List;

import org.fklab.domain.deletion.DeletionReport;
import org.fklab.domain.deletion.RowRef;
import org.fklab.domain.row.ChildRow;
import org.fklab.domain.row.Kind;
import org.fklab.domain.row.NamedRow;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Values;
import org.fklab.shell.session.ShellSession;

/** How the data commands show rows and what a delete did, the same way for bands, listings, authors and books. */
final class Views {

    private Views() {
    }

    static void table(ShellSession session, BoxTable table) {
        session.console().print(table);
    }

    /** {@code id | name} for parents, with a count underneath, or how to add the first. */
    static void parents(ShellSession session, Kind kind, List<? extends NamedRow> rows) {
        if (rows.isEmpty()) {
            session.console().println("No " + kind.plural() + " yet. Add one: " + kind.singular() + " add NAME");
            return;
        }
        BoxTable table = BoxTable.withNumbers(List.of("id", "name"), List.of("id"));
        rows.forEach(r -> table.add(r.getId(), r.getName()));
        table(session, table);
        session.console().println(Values.count(rows.size(), kind.singular()));
    }

    /**
     * {@code id | title | band_id | band}: the raw foreign key and, beside it, the parent it points at shown by
     * its name, as a web admin's list view would.
     */
    static <P extends NamedRow> void children(ShellSession session, Kind kind, Kind parentKind,
                                             List<? extends ChildRow<P>> rows, String emptyNote) {
        if (rows.isEmpty()) {
            session.console().println(emptyNote);
            return;
        }
        String fk = parentKind.singular() + "_id";
        BoxTable table = BoxTable.withNumbers(List.of("id", "title", fk, parentKind.singular()), List.of("id", fk));
        for (ChildRow<P> row : rows) {
            P parent = row.parent();
            table.add(row.getId(), row.getTitle(), parent == null ? null : parent.getId(),
                    parent == null ? null : parent.getName());
        }
        table(session, table);
        session.console().println(Values.count(rows.size(), kind.singular()));
    }

    /** A parent row's heading and fields. */
    static void parent(ShellSession session, Kind kind, NamedRow row, List<String[]> extra) {
        Console console = session.console();
        console.println(console.styles().header(kind.singular() + " " + row.getId() + ": " + row.getName()));
        if (!extra.isEmpty()) {
            fields(session, extra);
        }
    }

    /** The rows whose foreign key holds this parent's id: the reverse side of the relationship. */
    static void reverseSide(ShellSession session, Kind parentKind, Kind childKind, long parentId,
                            List<? extends ChildRow<?>> rows) {
        String condition = childKind.singular() + "." + parentKind.singular() + "_id = " + parentId;
        if (rows.isEmpty()) {
            session.console().println("No " + childKind.plural() + " point at it (no row has " + condition + ").");
            return;
        }
        session.console().println("Its " + childKind.plural() + " (the reverse side: rows with " + condition + "):");
        BoxTable table = BoxTable.withNumbers(List.of("id", "title"), List.of("id"));
        rows.forEach(r -> table.add(r.getId(), r.getTitle()));
        table(session, table);
    }

    /** A child row, and the parent its foreign key points at (the forward side). */
    static <P extends NamedRow> void child(ShellSession session, Kind kind, Kind parentKind, ChildRow<P> row,
                                          List<String[]> extra) {
        Console console = session.console();
        console.println(console.styles().header(kind.singular() + " " + row.getId() + ": " + row.getTitle()));
        P parent = row.parent();
        String fk = parentKind.singular() + "_id";
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"id", String.valueOf(row.getId())});
        fields.add(new String[] {"title", row.getTitle()});
        fields.add(new String[] {fk, parent == null ? null : String.valueOf(parent.getId())});
        fields.add(new String[] {parentKind.singular(), parent == null ? null
                : parent.getName() + "   (" + kind.singular() + "." + parentKind.singular() + " → "
                + parentKind.singular() + " " + parent.getId() + ")"});
        fields.addAll(extra);
        fields(session, fields);
    }

    /** Name/value pairs, one a line, with NULL shown as NULL. */
    static void fields(ShellSession session, List<String[]> fields) {
        Console console = session.console();
        int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0);
        for (String[] field : fields) {
            String value = field[1] == null ? console.styles().nullValue() : field[1];
            console.println("  " + console.styles().dim(String.format("%-" + width + "s", field[0])) + "  " + value);
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
            String verb = report.performed() ? "" : "Cannot delete ";
            console.error(verb + what + ": a foreign key protects it." + System.lineSeparator()
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
