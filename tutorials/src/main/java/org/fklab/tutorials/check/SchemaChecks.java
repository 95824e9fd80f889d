package org.fklab.tutorials.check;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fklab.domain.schema.ColumnInfo;
import org.fklab.engine.DeleteRule;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.TableDescription;
import org.fklab.tutorials.lesson.Requirement;

/** The conditions on the schema as the database has it now: a column, a foreign key and its ON DELETE rule. */
final class SchemaChecks {

    private final Database database;

    SchemaChecks(Database database) {
        this.database = database;
    }

    Outcome column(Requirement.Column column) {
        String name = column.table() + "." + column.column();
        if (!column.exists()) {
            String requirement = column.table() + " has no column " + column.column();
            Optional<TableDescription> table = database.table(column.table());
            boolean there = table.flatMap(t -> RowLookup.column(t, column.column())).isPresent();
            return Outcome.of(requirement, !there, name + " is still there");
        }
        String requirement = name + " exists" + column.type().map(t -> " as " + t.toLowerCase(Locale.ROOT)).orElse("")
                + column.nullable().map(n -> n ? " and allows NULL" : " and is NOT NULL").orElse("")
                + column.defaultValue().map(d -> isNone(d) ? " with no default" : " with the default " + d).orElse("");
        Optional<TableDescription> table = database.table(column.table());
        if (table.isEmpty()) {
            return Outcome.fails(requirement, "there is no table " + column.table() + " yet");
        }
        Optional<ColumnInfo> found = RowLookup.column(table.get(), column.column());
        if (found.isEmpty()) {
            return Outcome.fails(requirement, column.table() + " has no column " + column.column() + " (its columns: "
                    + table.get().columns().stream().map(ColumnInfo::name).collect(Collectors.joining(", ")) + ")");
        }
        ColumnInfo info = found.get();
        if (column.type().isPresent() && !sameType(info.type(), column.type().get())) {
            return Outcome.fails(requirement, "it is " + info.type().toLowerCase(Locale.ROOT) + ", not "
                    + column.type().get().toLowerCase(Locale.ROOT));
        }
        if (column.nullable().isPresent() && column.nullable().get() != info.nullable()) {
            return Outcome.fails(requirement, info.nullable() ? "it allows NULL" : "it is NOT NULL");
        }
        if (column.defaultValue().isPresent() && !sameDefault(info.defaultValue(), column.defaultValue().get())) {
            return Outcome.fails(requirement, info.defaultValue() == null ? "it has no default"
                    : "its default is " + info.defaultValue());
        }
        return Outcome.holds(requirement);
    }

    Outcome foreignKey(Requirement.ForeignKey key) {
        String requirement = key.table() + "." + key.column() + " has a foreign key"
                + key.references().map(r -> " to " + r).orElse("")
                + key.onDelete().map(r -> " with ON DELETE " + r.sql()).orElse("");
        Optional<TableDescription> table = database.table(key.table());
        if (table.isEmpty()) {
            return Outcome.fails(requirement, "there is no table " + key.table() + " yet");
        }
        if (RowLookup.column(table.get(), key.column()).isEmpty()) {
            return Outcome.fails(requirement, key.table() + " has no column " + key.column() + " yet");
        }
        Optional<ForeignKeyInfo> found = table.get().foreignKeys().stream()
                .filter(fk -> fk.childColumn().equalsIgnoreCase(key.column())).findFirst();
        if (found.isEmpty()) {
            return Outcome.fails(requirement, key.table() + "." + key.column() + " has no foreign key: nothing makes it"
                    + " point at another table's rows");
        }
        ForeignKeyInfo fk = found.get();
        if (key.references().isPresent() && !fk.parentTable().equalsIgnoreCase(key.references().get())) {
            return Outcome.fails(requirement, fk.name() + " points at " + fk.parentTable() + ", not "
                    + key.references().get());
        }
        if (key.onDelete().isPresent() && !sameRule(fk.deleteRule(), key.onDelete().get())) {
            return Outcome.fails(requirement, fk.name() + " is ON DELETE " + fk.deleteRule().sql() + ", not "
                    + key.onDelete().get().sql());
        }
        return Outcome.holds(requirement);
    }

    /** HSQLDB stores RESTRICT as NO ACTION; both refuse to delete a parent that has children. */
    static boolean sameRule(DeleteRule actual, DeleteRule wanted) {
        return actual == wanted || actual.blocks() && wanted.blocks();
    }

    private static boolean isNone(String wanted) {
        return wanted.equalsIgnoreCase("none") || wanted.equalsIgnoreCase("null");
    }

    /** The catalog gives a default as SQL ({@code 5}, {@code 'text'}); quotes around text do not count. */
    private static boolean sameDefault(String actual, String wanted) {
        if (actual == null || actual.equalsIgnoreCase("NULL")) {
            return isNone(wanted);
        }
        return unquoted(actual).equals(unquoted(wanted));
    }

    private static String unquoted(String value) {
        String stripped = value.strip();
        return stripped.length() >= 2 && stripped.startsWith("'") && stripped.endsWith("'")
                ? stripped.substring(1, stripped.length() - 1).replace("''", "'") : stripped;
    }

    private static boolean sameType(String actual, String wanted) {
        return squeeze(actual).equals(squeeze(wanted));
    }

    private static String squeeze(String type) {
        return type.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
