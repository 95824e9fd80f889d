package org.fklab.tutorials.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.TableDescription;
import org.fklab.tutorials.lesson.Requirement;

/** The conditions on rows: one row, a number of rows, and a child row pointing at its parent (or at none). */
final class DataChecks {

    private final Database database;
    private final RowLookup lookup;

    DataChecks(Database database) {
        this.database = database;
        this.lookup = new RowLookup(database);
    }

    Outcome row(Requirement.Row row) {
        String requirement = "There is " + Wording.some(row.table(), row.where());
        Optional<TableDescription> table = database.table(row.table());
        if (table.isEmpty()) {
            return Outcome.fails(requirement, "there is no table " + row.table() + " yet");
        }
        List<RowLookup.Found> found = lookup.find(table.get(), row.where(), null);
        if (found.size() == 1) {
            return Outcome.holds(requirement);
        }
        if (found.isEmpty()) {
            return Outcome.fails(requirement, "there is none" + RowLookup.nearText(table.get(),
                    lookup.near(table.get(), row.where())));
        }
        return Outcome.fails(requirement, duplicates(table.get(), found));
    }

    Outcome count(Requirement.Count count) {
        String requirement = countRequirement(count);
        Optional<TableDescription> table = database.table(count.table());
        if (table.isEmpty()) {
            return Outcome.fails(requirement, "there is no table " + count.table() + " yet");
        }
        List<RowLookup.Found> found = lookup.find(table.get(), count.where().orElse(null), null);
        if (found.size() == count.count()) {
            return Outcome.holds(requirement);
        }
        String which = found.isEmpty() || found.size() > 6 ? ""
                : " (" + Wording.listed(found.stream().map(f -> name(table.get(), f)).toList(), 6) + ")";
        String near = found.isEmpty() && count.where().isPresent()
                ? RowLookup.nearText(table.get(), lookup.near(table.get(), count.where().get())) : "";
        return Outcome.fails(requirement, "there " + (found.size() == 1 ? "is " : "are ") + found.size() + which
                + ", not " + count.count() + near);
    }

    private static String countRequirement(Requirement.Count count) {
        long n = count.count();
        String verb = n == 1 ? "There is " : "There are ";
        if (count.where().isEmpty()) {
            return verb + Wording.count(n, count.table());
        }
        String some = Wording.some(count.table(), count.where().get());
        String rest = some.substring(some.indexOf(count.table()) + count.table().length());
        return verb + Wording.count(n, count.table()) + rest;
    }

    Outcome link(Requirement.Link link) {
        String child = Wording.subject(link.child(), link.where());
        String requirement = link.is().map(is -> child + " points at " + Wording.subject(link.parent(), is))
                .orElse(child + " has no " + link.parent());
        Optional<TableDescription> childTable = database.table(link.child());
        if (childTable.isEmpty()) {
            return Outcome.fails(requirement, "there is no table " + link.child() + " yet");
        }
        Optional<ForeignKeyInfo> key = childTable.get().foreignKeys().stream()
                .filter(fk -> fk.parentTable().equalsIgnoreCase(link.parent()))
                .filter(fk -> link.column().map(c -> c.equalsIgnoreCase(fk.childColumn())).orElse(true)).findFirst();
        if (key.isEmpty()) {
            boolean column = link.column().or(() -> Optional.of(link.parent() + "_id"))
                    .flatMap(c -> RowLookup.column(childTable.get(), c)).isPresent();
            return Outcome.fails(requirement, link.child() + " has no foreign key to " + link.parent() + " yet"
                    + (column ? " (the column is there, but no constraint makes it point at " + link.parent() + ")"
                    : ", so no " + link.child() + " can point at a " + link.parent()));
        }
        List<RowLookup.Found> rows = lookup.find(childTable.get(), link.where(), key.get().childColumn());
        if (rows.isEmpty()) {
            return Outcome.fails(requirement, "there is no " + Wording.some(link.child(), link.where())
                    .replaceFirst("^an? ", "") + RowLookup.nearText(childTable.get(),
                    lookup.near(childTable.get(), link.where())));
        }
        if (rows.size() > 1) {
            return Outcome.fails(requirement, duplicates(childTable.get(), rows));
        }
        Object pointsAt = rows.get(0).extra();
        TableDescription parentTable = database.table(link.parent()).orElseThrow();
        String now = pointsAt == null ? "it has no " + link.parent() + " yet"
                : "it points at " + lookup.byId(parentTable, pointsAt).map(p -> name(parentTable, p))
                        .orElse(link.parent() + " " + pointsAt);
        if (link.is().isEmpty()) {
            return Outcome.of(requirement, pointsAt == null, pointsAt == null ? "" : now.replace("it points", "it still"
                    + " points"));
        }
        List<RowLookup.Found> parents = lookup.find(parentTable, link.is().get(), null);
        if (parents.isEmpty()) {
            return Outcome.fails(requirement, "there is no " + Wording.some(link.parent(), link.is().get())
                    .replaceFirst("^an? ", "") + " to point at" + RowLookup.nearText(parentTable,
                    lookup.near(parentTable, link.is().get())));
        }
        if (parents.size() > 1) {
            return Outcome.fails(requirement, duplicates(parentTable, parents) + ", so it is not clear which one to"
                    + " point at");
        }
        boolean holds = pointsAt != null && sameId(pointsAt, parents.get(0).id());
        return Outcome.of(requirement, holds, now + (pointsAt == null ? "" : ", not "
                + name(parentTable, parents.get(0))));
    }

    /** "there are 2 bands named The Avalanches (ids 4 and 5); keep one: 'band delete 5' removes the other". */
    private static String duplicates(TableDescription table, List<RowLookup.Found> rows) {
        Object last = rows.get(rows.size() - 1).id();
        return "there are " + rows.size() + " of them (" + table.name() + " " + Wording.ids(rows.stream()
                .map(RowLookup.Found::id).toList()).replaceFirst("^ids? ", "") + "), and there should be one: '"
                + Wording.deleteCommand(table.name(), last) + "' removes " + (rows.size() == 2 ? "the extra one"
                : "one of them");
    }

    private static String name(TableDescription table, RowLookup.Found row) {
        return Wording.row(table, row.id(), row.label());
    }

    private static boolean sameId(Object a, Object b) {
        return Objects.equals(a.toString(), b.toString());
    }
}
