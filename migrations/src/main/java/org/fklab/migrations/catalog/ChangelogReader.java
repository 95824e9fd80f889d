package org.fklab.migrations.catalog;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.graph.Change;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a migration's YAML changelog without starting Liquibase: its parents (a changelog-local property
 * named {@code parents}, comma separated) and a summary of its changes. A file that is not a changelog is
 * reported with its line and the fix.
 */
final class ChangelogReader {

    static final String PARENTS_PROPERTY = "parents";

    /** What a changelog holds. */
    record Changelog(List<String> parents, List<Change> changes, int changeSets) {
    }

    private final String where;

    private ChangelogReader(String where) {
        this.where = where;
    }

    static Changelog read(String yamlText, String where) {
        return new ChangelogReader(where).read(yamlText);
    }

    private Changelog read(String yamlText) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            throw new MigrationException(where + ":" + (e.getProblemMark().getLine() + 1) + ": this changelog is not valid"
                    + " YAML (" + e.getProblem() + "). Fix the file, or delete it if you do not need it.", e);
        } catch (YAMLException e) {
            throw new MigrationException(where + ": this changelog is not valid YAML (" + e.getMessage()
                    + "). Fix the file, or delete it if you do not need it.", e);
        }
        Node entries = root instanceof MappingNode ? value((MappingNode) root, "databaseChangeLog") : null;
        if (!(entries instanceof SequenceNode)) {
            throw problem(root, "a changelog starts with 'databaseChangeLog:' followed by a list of changeSets");
        }
        List<String> parents = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int changeSets = 0;
        for (Node entry : ((SequenceNode) entries).getValue()) {
            if (!(entry instanceof MappingNode)) {
                throw problem(entry, "each entry under databaseChangeLog must be a changeSet or a property");
            }
            MappingNode map = (MappingNode) entry;
            Node property = value(map, "property");
            Node changeSet = value(map, "changeSet");
            if (property instanceof MappingNode) {
                Map<String, String> scalars = scalars((MappingNode) property);
                if (PARENTS_PROPERTY.equals(scalars.get("name")) && scalars.get("value") != null) {
                    Arrays.stream(scalars.get("value").split("[,\\s]+")).map(String::strip)
                            .filter(s -> !s.isEmpty()).forEach(parents::add);
                }
            } else if (changeSet != null) {
                changes.addAll(changeSet(changeSet));
                changeSets++;
            }
        }
        if (changeSets == 0) {
            throw problem(entries, "a migration needs at least one changeSet (a merge migration has one with an"
                    + " 'empty' change)");
        }
        return new Changelog(parents, changes, changeSets);
    }

    private List<Change> changeSet(Node node) {
        if (!(node instanceof MappingNode)) {
            throw problem(node, "a changeSet needs an id, an author and a list of changes");
        }
        MappingNode changeSet = (MappingNode) node;
        Map<String, String> scalars = scalars(changeSet);
        if (scalars.get("id") == null || scalars.get("author") == null) {
            throw problem(changeSet, "this changeSet needs both an 'id' and an 'author'");
        }
        Node changes = value(changeSet, "changes");
        if (!(changes instanceof SequenceNode) || ((SequenceNode) changes).getValue().isEmpty()) {
            throw problem(changeSet, "changeSet " + scalars.get("id") + " has no 'changes' list");
        }
        List<Change> result = new ArrayList<>();
        for (Node change : ((SequenceNode) changes).getValue()) {
            if (!(change instanceof MappingNode) || ((MappingNode) change).getValue().size() != 1) {
                throw problem(change, "each change is one Liquibase change type, e.g. '- addColumn:'");
            }
            NodeTuple tuple = ((MappingNode) change).getValue().get(0);
            String type = text(tuple.getKeyNode());
            Node body = tuple.getValueNode();
            result.add(summarize(scalars.get("id"), type, body instanceof MappingNode ? (MappingNode) body : null));
        }
        return result;
    }

    private static Change summarize(String changeSetId, String type, MappingNode body) {
        Map<String, String> attributes = body == null ? Map.of() : scalars(body);
        List<String> columns = new ArrayList<>();
        String table = attributes.getOrDefault("tableName", attributes.get("baseTableName"));
        switch (type) {
            case "renameColumn":
                add(columns, attributes.get("oldColumnName"));
                add(columns, attributes.get("newColumnName"));
                break;
            case "addForeignKeyConstraint":
                for (String column : attributes.getOrDefault("baseColumnNames", "").split(",")) {
                    add(columns, column.strip());
                }
                break;
            case "renameTable":
                table = attributes.get("oldTableName");
                break;
            default:
                add(columns, attributes.get("columnName"));
                Node list = body == null ? null : value(body, "columns");
                if (list instanceof SequenceNode) {
                    for (Node item : ((SequenceNode) list).getValue()) {
                        Node column = item instanceof MappingNode ? value((MappingNode) item, "column") : null;
                        if (column instanceof MappingNode) {
                            add(columns, scalars((MappingNode) column).get("name"));
                        }
                    }
                }
        }
        return new Change(changeSetId, type, table, columns, attributes);
    }

    private static void add(List<String> columns, String column) {
        if (column != null && !column.isBlank()) {
            columns.add(column);
        }
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (key.equals(text(tuple.getKeyNode()))) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static Map<String, String> scalars(MappingNode map) {
        Map<String, String> result = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getValueNode() instanceof ScalarNode) {
                result.put(text(tuple.getKeyNode()), ((ScalarNode) tuple.getValueNode()).getValue());
            }
        }
        return result;
    }

    private static String text(Node node) {
        return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
    }

    private MigrationException problem(Node node, String what) {
        String line = node == null ? "" : ":" + (node.getStartMark().getLine() + 1);
        return new MigrationException(where + line + ": " + what + ". Fix the file, or delete it if you do not need"
                + " it ('makemigration' writes migrations in the right form).");
    }
}
