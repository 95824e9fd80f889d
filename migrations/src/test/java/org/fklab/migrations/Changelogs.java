package org.fklab.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small migration changelogs into a workspace folder, as a person (or makemigration) would. */
public final class Changelogs {

    private Changelogs() {
    }

    /** {@code NAME.yaml} with the given parents and one changeSet per entry of {@code changeSets} (its changes). */
    public static Path write(Path folder, String name, List<String> parents, String... changeSets) {
        StringBuilder text = new StringBuilder("# test migration " + name + "\ndatabaseChangeLog:\n");
        if (!parents.isEmpty()) {
            text.append("  - property:\n")
                    .append("      name: parents\n")
                    .append("      value: ").append(String.join(", ", parents)).append('\n')
                    .append("      global: false\n");
        }
        for (int i = 0; i < changeSets.length; i++) {
            text.append("  - changeSet:\n")
                    .append("      id: ").append(name).append('-').append(i + 1).append('\n')
                    .append("      author: test\n")
                    .append("      changes:\n")
                    .append(changeSets[i]);
        }
        return writeText(folder, name + ".yaml", text.toString());
    }

    /** A migration adding {@code table.column varchar(50)}. */
    public static Path addColumn(Path folder, String name, String table, String column, String... parents) {
        return write(folder, name, List.of(parents), addColumnChange(table, column));
    }

    /** A migration creating {@code table} with an id column. */
    public static Path createTable(Path folder, String name, String table, String... parents) {
        return write(folder, name, List.of(parents), createTableChange(table));
    }

    /** A migration that changes nothing, such as a merge. */
    public static Path empty(Path folder, String name, String... parents) {
        return write(folder, name, List.of(parents), emptyChange());
    }

    public static Path writeText(Path folder, String fileName, String text) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String addColumnChange(String table, String column) {
        return "        - addColumn:\n"
                + "            tableName: " + table + "\n"
                + "            columns:\n"
                + "              - column:\n"
                + "                  name: " + column + "\n"
                + "                  type: varchar(50)\n";
    }

    public static String createTableChange(String table) {
        return "        - createTable:\n"
                + "            tableName: " + table + "\n"
                + "            columns:\n"
                + "              - column:\n"
                + "                  name: id\n"
                + "                  type: bigint\n"
                + "                  constraints:\n"
                + "                    primaryKey: true\n"
                + "                    nullable: false\n";
    }

    public static String emptyChange() {
        return "        - empty: {}\n";
    }
}
