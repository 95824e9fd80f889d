package org.fklab.migrations.drift;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.Change;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;

/** A Liquibase change as Liquibase's own YAML serializer writes it, indented as an item under {@code changes:}. */
final class ChangeYaml {

    private static final String ITEM = " ".repeat(8);

    private ChangeYaml() {
    }

    static List<String> lines(Change change) {
        List<String> lines = new ArrayList<>();
        for (String line : new YamlChangeLogSerializer().serialize(change, true).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(ITEM + (lines.isEmpty() ? "- " : "  ") + line);
            }
        }
        return lines;
    }
}
