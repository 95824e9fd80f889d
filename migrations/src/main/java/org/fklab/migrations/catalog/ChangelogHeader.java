package org.fklab.migrations.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fklab.migrations.MigrationException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a migration's parents from its changelog: a changelog-local Liquibase property named
 * {@code parents} whose value lists the parent migrations, separated by commas.
 */
final class ChangelogHeader {

    static final String PARENTS_PROPERTY = "parents";

    private ChangelogHeader() {
    }

    static List<String> parents(String yamlText, String where) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (MarkedYAMLException e) {
            throw new MigrationException(where + ":" + (e.getProblemMark().getLine() + 1) + ": this changelog is not valid YAML ("
                    + e.getProblem() + "). Fix the file or delete it.", e);
        } catch (YAMLException e) {
            throw new MigrationException(where + ": this changelog is not valid YAML (" + e.getMessage()
                    + "). Fix the file or delete it.", e);
        }
        if (!(root instanceof Map) || !(((Map<?, ?>) root).get("databaseChangeLog") instanceof List)) {
            throw new MigrationException(where + ": a changelog must start with 'databaseChangeLog:' followed by a list of"
                    + " changeSets. Fix the file or delete it.");
        }
        List<String> parents = new ArrayList<>();
        for (Object entry : (List<?>) ((Map<?, ?>) root).get("databaseChangeLog")) {
            if (entry instanceof Map && ((Map<?, ?>) entry).get("property") instanceof Map) {
                Map<?, ?> property = (Map<?, ?>) ((Map<?, ?>) entry).get("property");
                if (PARENTS_PROPERTY.equals(String.valueOf(property.get("name")))) {
                    Object value = property.get("value");
                    if (value != null) {
                        Arrays.stream(String.valueOf(value).split("[,\\s]+")).map(String::strip)
                                .filter(s -> !s.isEmpty()).forEach(parents::add);
                    }
                }
            }
        }
        return parents;
    }
}
