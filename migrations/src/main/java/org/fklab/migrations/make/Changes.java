package org.fklab.migrations.make;

import java.util.ArrayList;
import java.util.List;

import org.fklab.engine.DeleteRule;

/** The Liquibase YAML of each kind of change, indented to sit under {@code changes:} or {@code rollback:}. */
final class Changes {

    private static final int ITEM = 8;

    private Changes() {
    }

    static List<String> addColumn(String table, String column, ColumnType type, boolean notNull, String defaultValue) {
        List<String> lines = new ArrayList<>(List.of(
                item("addColumn:"),
                at(4, "tableName: " + table),
                at(4, "columns:"),
                at(6, "- column:"),
                at(10, "name: " + column),
                at(10, "type: " + type.ddl())));
        if (defaultValue != null) {
            lines.add(at(10, type.defaultAttribute(defaultValue)));
        }
        lines.add(at(10, "constraints:"));
        lines.add(at(12, "nullable: " + !notNull));
        return lines;
    }

    static List<String> addForeignKey(String name, String table, String column, String referencedTable,
                                      String referencedColumn, DeleteRule onDelete) {
        return List.of(
                item("addForeignKeyConstraint:"),
                at(4, "constraintName: " + name),
                at(4, "baseTableName: " + table),
                at(4, "baseColumnNames: " + column),
                at(4, "referencedTableName: " + referencedTable),
                at(4, "referencedColumnNames: " + referencedColumn),
                at(4, "onDelete: " + onDelete.sql()));
    }

    static List<String> dropForeignKey(String name, String table) {
        return List.of(item("dropForeignKeyConstraint:"), at(4, "baseTableName: " + table),
                at(4, "constraintName: " + name));
    }

    static List<String> createIndex(String name, String table, String column) {
        return List.of(item("createIndex:"), at(4, "indexName: " + name), at(4, "tableName: " + table),
                at(4, "columns:"), at(6, "- column:"), at(10, "name: " + column));
    }

    static List<String> dropIndex(String name, String table) {
        return List.of(item("dropIndex:"), at(4, "indexName: " + name), at(4, "tableName: " + table));
    }

    static List<String> dropColumn(String table, String column) {
        return List.of(item("dropColumn:"), at(4, "tableName: " + table), at(4, "columnName: " + column));
    }

    static List<String> createTable(String table) {
        return List.of(
                item("createTable:"),
                at(4, "tableName: " + table),
                at(4, "columns:"),
                at(6, "- column:"),
                at(10, "name: id"),
                at(10, "type: bigint"),
                at(10, "autoIncrement: true"),
                at(10, "startWith: 1"),
                at(10, "constraints:"),
                at(12, "primaryKey: true"),
                at(12, "primaryKeyName: pk_" + table),
                at(12, "nullable: false"));
    }

    static List<String> renameColumn(String table, String oldName, String newName, String type) {
        List<String> lines = new ArrayList<>(List.of(item("renameColumn:"), at(4, "tableName: " + table),
                at(4, "oldColumnName: " + oldName), at(4, "newColumnName: " + newName)));
        if (type != null) {
            lines.add(at(4, "columnDataType: " + type));
        }
        return lines;
    }

    /** {@code attribute} is how the value is written: {@code defaultValueNumeric: 5}, as {@link ColumnType} writes it. */
    static List<String> addDefaultValue(String table, String column, ColumnType type, String attribute) {
        return List.of(item("addDefaultValue:"), at(4, "tableName: " + table), at(4, "columnName: " + column),
                at(4, "columnDataType: " + type.ddl()), at(4, attribute));
    }

    static List<String> dropDefaultValue(String table, String column, ColumnType type) {
        return List.of(item("dropDefaultValue:"), at(4, "tableName: " + table), at(4, "columnName: " + column),
                at(4, "columnDataType: " + type.ddl()));
    }

    static List<String> empty() {
        return List.of(item("empty: {}"));
    }

    private static String item(String text) {
        return " ".repeat(ITEM) + "- " + text;
    }

    private static String at(int extra, String text) {
        return " ".repeat(ITEM + extra) + text;
    }
}
