package org.fklab.tutorials.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fklab.engine.DeleteRule;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads one condition of a step's {@code check:} or {@code keep:} list (the kinds are listed in LESSONS.md). */
final class ConditionReader {

    /** Each kind of condition and the keys its mapping takes, when it is written as a mapping. */
    private static final Map<String, Set<String>> KINDS = kinds();
    private static final Set<String> COMMON = Set.of("says", "missing", "prediction");
    private static final Set<String> MIGRATION_ADDS = Set.of("foreign-key", "column", "index", "table");

    private final YamlNodes yaml;

    ConditionReader(YamlNodes yaml) {
        this.yaml = yaml;
    }

    private static Map<String, Set<String>> kinds() {
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        kinds.put("link", Set.of("child", "where", "parent", "is", "column"));
        kinds.put("row", Set.of("table", "where"));
        kinds.put("count", Set.of("table", "where", "is"));
        kinds.put("column", Set.of("table", "name", "type", "null", "default", "exists"));
        kinds.put("foreign-key", Set.of("table", "column", "references", "on-delete"));
        kinds.put("migration", Set.of("adds", "table", "column", "references", "on-delete", "applied"));
        kinds.put("applied", Set.of());
        kinds.put("unapplied", Set.of());
        kinds.put("leaves", Set.of());
        kinds.put("no-drift", Set.of());
        kinds.put("answer", Set.of());
        kinds.put("sql", Set.of());
        kinds.put("explain", Set.of());
        return kinds;
    }

    private static String kindList() {
        return String.join(", ", KINDS.keySet());
    }

    Condition read(Node node) {
        if (!(node instanceof MappingNode)) {
            throw yaml.problem(node, "a condition is a mapping that starts with one of " + kindList());
        }
        MappingNode map = (MappingNode) node;
        List<String> kinds = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = YamlNodes.scalar(tuple.getKeyNode());
            if (KINDS.containsKey(key)) {
                kinds.add(key);
            } else if (!COMMON.contains(key) && !key.equals("expect")) {
                throw yaml.problem(tuple.getKeyNode(), "'" + key + "' is not a condition; use one of " + kindList());
            }
        }
        if (kinds.size() != 1) {
            throw yaml.problem(map, "each condition is exactly one of " + kindList()
                    + (kinds.isEmpty() ? "" : ", not " + String.join(" and ", kinds)));
        }
        String kind = kinds.get(0);
        if (YamlNodes.value(map, "expect") != null && !kind.equals("sql")) {
            throw yaml.problem(YamlNodes.value(map, "expect"), "'expect:' belongs to an sql: condition only");
        }
        if (YamlNodes.value(map, "prediction") != null && !kind.equals("answer")) {
            throw yaml.problem(YamlNodes.value(map, "prediction"), "'prediction:' belongs to an answer: condition only");
        }
        Requirement requirement = requirement(kind, map);
        Optional<String> says = yaml.optional(map, "says");
        Optional<String> missing = yaml.optional(map, "missing");
        if (requirement instanceof Requirement.Sql || requirement instanceof Requirement.Answer) {
            // fklab cannot put an author's query into words, so the author does
            yaml.text(map, "missing");
            yaml.text(map, "says");
        }
        return new Condition(requirement, says, missing, yaml.at(map));
    }

    private Requirement requirement(String kind, MappingNode map) {
        Node value = YamlNodes.value(map, kind);
        Set<String> keys = KINDS.get(kind);
        if (!keys.isEmpty()) {
            if (!(value instanceof MappingNode)) {
                throw yaml.problem(value, "'" + kind + ":' takes a mapping of " + String.join(", ", keys.stream()
                        .sorted().toList()) + ", e.g. " + example(kind));
            }
            MappingNode fields = (MappingNode) value;
            yaml.keys(fields, keys, "a " + kind + " condition");
            return typed(kind, fields);
        }
        switch (kind) {
            case "sql":
                return new Requirement.Sql(yaml.text(map, "sql"), yaml.text(map, "expect"));
            case "applied":
                return new Requirement.Applied(yaml.text(map, "applied"));
            case "unapplied":
                return new Requirement.Unapplied(yaml.text(map, "unapplied"));
            case "leaves":
                return new Requirement.Leaves((int) yaml.number(map, "leaves"));
            case "no-drift":
                return new Requirement.NoDrift(yaml.flag(map, "no-drift").orElseThrow(() -> yaml.problem(value,
                        "no-drift: is true (the schema is what the migrations make) or false (there is drift)")));
            case "answer":
                return new Requirement.Answer(yaml.text(map, "answer"), yaml.flag(map, "prediction").orElse(false));
            default:
                return new Requirement.Explain(yaml.flag(map, "explain").orElseThrow(() -> yaml.problem(value,
                        "explain: is on or off")));
        }
    }

    private Requirement typed(String kind, MappingNode fields) {
        switch (kind) {
            case "link":
                Optional<String> is = Optional.of(yaml.text(fields, "is"));
                return new Requirement.Link(yaml.text(fields, "child"), yaml.text(fields, "where"),
                        yaml.text(fields, "parent"), is.filter(text -> !text.equalsIgnoreCase("none")),
                        yaml.optional(fields, "column"));
            case "row":
                return new Requirement.Row(yaml.text(fields, "table"), yaml.text(fields, "where"));
            case "count":
                long count = yaml.number(fields, "is");
                if (count < 0) {
                    throw yaml.problem(YamlNodes.value(fields, "is"), "count: is: takes 0 or more");
                }
                return new Requirement.Count(yaml.text(fields, "table"), yaml.optional(fields, "where"), count);
            case "column":
                return new Requirement.Column(yaml.text(fields, "table"), yaml.text(fields, "name"),
                        yaml.optional(fields, "type"), yaml.flag(fields, "null"), yaml.optional(fields, "default"),
                        yaml.flag(fields, "exists").orElse(true));
            case "foreign-key":
                return new Requirement.ForeignKey(yaml.text(fields, "table"), yaml.text(fields, "column"),
                        yaml.optional(fields, "references"), rule(fields));
            default:
                String adds = yaml.text(fields, "adds");
                if (!MIGRATION_ADDS.contains(adds)) {
                    throw yaml.problem(YamlNodes.value(fields, "adds"), "migration: adds: is one of "
                            + String.join(", ", MIGRATION_ADDS.stream().sorted().toList()));
                }
                return new Requirement.Migration(adds, yaml.text(fields, "table"), yaml.optional(fields, "column"),
                        yaml.optional(fields, "references"), rule(fields), yaml.flag(fields, "applied"));
        }
    }

    private Optional<DeleteRule> rule(MappingNode fields) {
        Optional<String> typed = yaml.optional(fields, "on-delete");
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DeleteRule.fromTyped(typed.get()).orElseThrow(() -> yaml.problem(
                YamlNodes.value(fields, "on-delete"), "on-delete: is one of " + DeleteRule.typedNames()
                        + ", not '" + typed.get() + "'")));
    }

    private static String example(String kind) {
        switch (kind) {
            case "link": return "{child: listing, where: \"title = 'Tour hoodie'\", parent: band, is: \"name = 'Cut Copy'\"}";
            case "row": return "{table: band, where: \"name = 'Wilco'\"}";
            case "count": return "{table: listing, where: \"band_id IS NULL\", is: 3}";
            case "column": return "{table: listing, name: band_id, type: bigint, null: true}";
            case "foreign-key": return "{table: listing, column: band_id, references: band, on-delete: set-null}";
            default: return "{adds: foreign-key, table: listing, column: band_id, references: band}";
        }
    }
}
