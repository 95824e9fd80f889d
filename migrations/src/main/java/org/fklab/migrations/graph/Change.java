package org.fklab.migrations.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One change of a migration as its changelog states it ({@code addColumn listing.band_id}): enough to
 * say what it adds, drops or renames without asking Liquibase.
 *
 * @param changeSetId the Liquibase changeSet it belongs to
 * @param type        the Liquibase change type: createTable, addColumn, addForeignKeyConstraint...
 * @param table       the table it works on, lower case, or null
 * @param columns     the columns it names, lower case (for renameColumn: old, new)
 * @param attributes  the change's other attributes as written (constraintName, onDelete, referencedTableName...)
 */
public record Change(String changeSetId, String type, String table, List<String> columns, Map<String, String> attributes) {

    public Change {
        table = table == null ? null : table.toLowerCase(Locale.ROOT);
        columns = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        attributes = Map.copyOf(attributes);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public boolean is(String changeType) {
        return type.equals(changeType);
    }

    /** The columns this change brings into being: a new table's columns, added ones, a rename's new name. */
    public List<String> createdColumns() {
        switch (type) {
            case "createTable":
            case "addColumn":
                return columns;
            case "renameColumn":
                return columns.size() == 2 ? List.of(columns.get(1)) : List.of();
            case "addForeignKeyConstraint":
                return List.of();
            default:
                return List.of();
        }
    }

    /** In the words of the lessons: "add column listing.band_id". */
    public String describe() {
        String cols = String.join(", ", columns);
        switch (type) {
            case "createTable": return "create table " + table;
            case "dropTable": return "drop table " + table;
            case "addColumn": return "add column " + qualified();
            case "dropColumn": return "drop column " + qualified();
            case "renameColumn": return "rename column " + table + "." + columns.get(0) + " to " + columns.get(1);
            case "addForeignKeyConstraint":
                return "add foreign key " + attribute("constraintName").orElse("") + " " + table + "." + cols + " → "
                        + attribute("referencedTableName").orElse("?") + attribute("onDelete").map(r -> " ON DELETE " + r)
                        .orElse("");
            case "dropForeignKeyConstraint": return "drop foreign key " + attribute("constraintName").orElse("");
            case "createIndex": return "add index " + attribute("indexName").orElse("") + " on " + qualified();
            case "dropIndex": return "drop index " + attribute("indexName").orElse("");
            case "addDefaultValue": return "set the default of " + qualified();
            case "dropDefaultValue": return "drop the default of " + qualified();
            case "modifyDataType": return "change the type of " + qualified();
            case "addNotNullConstraint": return "make " + qualified() + " NOT NULL";
            case "dropNotNullConstraint": return "let " + qualified() + " be NULL";
            case "empty": return "no change (records that the branches are joined)";
            default: return type + (table == null ? "" : " " + qualified());
        }
    }

    private String qualified() {
        return columns.isEmpty() ? table : table + "." + String.join(", " + table + ".", columns);
    }
}
