package org.fklab.tutorials.lesson;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * Reads a lesson file (the form is described in tutorials/LESSONS.md). Anything missing or misspelt is
 * reported with the file and line, so an author can fix a lesson without reading Java.
 */
public final class LessonReader {

    private static final Set<String> LESSON_KEYS = Set.of("title", "summary", "start", "steps");
    private static final Set<String> START_KEYS = Set.of("migrate", "dataset", "migrations");
    private static final Set<String> STEP_KEYS = Set.of("title", "text", "try", "goal", "check", "hint", "solution");
    private static final Set<String> CONDITIONS = Set.of("sql", "applied", "unapplied", "leaves", "explain");

    private final String where;

    private LessonReader(String where) {
        this.where = where;
    }

    /**
     * @param id    the file name without extension
     * @param where the file, for messages
     */
    public static Lesson read(String yaml, String id, String where, String folder, boolean builtIn) {
        return new LessonReader(where).lesson(yaml, id, folder, builtIn);
    }

    private Lesson lesson(String yaml, String id, String folder, boolean builtIn) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new LessonException(where + ":" + (e.getProblemMark().getLine() + 1) + ": this is not valid YAML ("
                    + e.getProblem() + "). See tutorials/LESSONS.md for the form of a lesson.", e);
        } catch (YAMLException e) {
            throw new LessonException(where + ": this is not valid YAML (" + e.getMessage() + ").", e);
        }
        if (!(root instanceof MappingNode)) {
            throw problem(root, "a lesson starts with title:, summary:, start: and steps:");
        }
        MappingNode map = (MappingNode) root;
        keys(map, LESSON_KEYS, "a lesson");
        MappingNode start = mapping(map, "start");
        keys(start, START_KEYS, "start");
        String migrations = optional(start, "migrations", "keep");
        if (!migrations.equals("keep") && !migrations.equals("archive")) {
            throw problem(value(start, "migrations"), "start.migrations is 'keep' or 'archive'");
        }
        Start begin = new Start(text(start, "migrate"), text(start, "dataset"), migrations.equals("archive"));
        Node stepsNode = value(map, "steps");
        if (!(stepsNode instanceof SequenceNode) || ((SequenceNode) stepsNode).getValue().isEmpty()) {
            throw problem(stepsNode == null ? map : stepsNode, "'steps:' needs a list of steps");
        }
        List<Step> steps = new ArrayList<>();
        for (Node stepNode : ((SequenceNode) stepsNode).getValue()) {
            steps.add(step(stepNode));
        }
        return new Lesson(id, 0, text(map, "title"), text(map, "summary"), begin, steps, where, folder, builtIn);
    }

    private Step step(Node node) {
        if (!(node instanceof MappingNode)) {
            throw problem(node, "each step has title:, text:, goal:, check:, hint: and solution:");
        }
        MappingNode map = (MappingNode) node;
        keys(map, STEP_KEYS, "a step");
        Node checkNode = value(map, "check");
        if (!(checkNode instanceof SequenceNode) || ((SequenceNode) checkNode).getValue().isEmpty()) {
            throw problem(checkNode == null ? map : checkNode, "'check:' needs a list of conditions, each with its"
                    + " 'missing:' sentence");
        }
        List<Condition> check = new ArrayList<>();
        for (Node condition : ((SequenceNode) checkNode).getValue()) {
            check.add(condition(condition));
        }
        List<String> solution = strings(map, "solution", true);
        return new Step(text(map, "title"), text(map, "text"), strings(map, "try", false), text(map, "goal"), check,
                text(map, "hint"), solution);
    }

    private Condition condition(Node node) {
        if (!(node instanceof MappingNode)) {
            throw problem(node, "a condition is one of sql:+expect:, applied:, unapplied:, leaves:, explain:,"
                    + " with a missing: sentence");
        }
        MappingNode map = (MappingNode) node;
        List<String> kinds = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (CONDITIONS.contains(key)) {
                kinds.add(key);
            } else if (!key.equals("expect") && !key.equals("missing")) {
                throw problem(tuple.getKeyNode(), "'" + key + "' is not a condition; use one of sql, applied, unapplied,"
                        + " leaves, explain");
            }
        }
        if (kinds.size() != 1) {
            throw problem(map, "each condition is exactly one of sql, applied, unapplied, leaves, explain");
        }
        String missing = text(map, "missing");
        String kind = kinds.get(0);
        switch (kind) {
            case "sql":
                return new Condition.Sql(text(map, "sql"), text(map, "expect"), missing);
            case "applied":
                return new Condition.Applied(text(map, "applied"), missing);
            case "unapplied":
                return new Condition.Unapplied(text(map, "unapplied"), missing);
            case "leaves":
                try {
                    return new Condition.Leaves(Integer.parseInt(text(map, "leaves")), missing);
                } catch (NumberFormatException e) {
                    throw problem(value(map, "leaves"), "leaves: takes a whole number");
                }
            default:
                String setting = text(map, "explain").toLowerCase(Locale.ROOT);
                // YAML 1.1 reads an unquoted on/off as a boolean: accept both spellings
                if (setting.equals("on") || setting.equals("true")) {
                    return new Condition.Explain(true, missing);
                }
                if (setting.equals("off") || setting.equals("false")) {
                    return new Condition.Explain(false, missing);
                }
                throw problem(value(map, "explain"), "explain: is on or off");
        }
    }

    private void keys(MappingNode map, Set<String> allowed, String what) {
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "'" + key + "' does not belong in " + what + "; it takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private MappingNode mapping(MappingNode map, String key) {
        Node node = value(map, key);
        if (!(node instanceof MappingNode)) {
            throw problem(node == null ? map : node, "'" + key + ":' is missing or not a mapping");
        }
        return (MappingNode) node;
    }

    private String text(MappingNode map, String key) {
        Node node = value(map, key);
        if (!(node instanceof ScalarNode) || scalar(node).isBlank()) {
            throw problem(node == null ? map : node, "'" + key + ":' is missing or empty");
        }
        return scalar(node).strip();
    }

    private String optional(MappingNode map, String key, String fallback) {
        Node node = value(map, key);
        return node instanceof ScalarNode ? scalar(node).strip() : fallback;
    }

    private List<String> strings(MappingNode map, String key, boolean required) {
        Node node = value(map, key);
        if (node == null && !required) {
            return List.of();
        }
        if (node instanceof ScalarNode && !scalar(node).isBlank()) {
            return List.of(scalar(node).strip());
        }
        if (node instanceof SequenceNode && !((SequenceNode) node).getValue().isEmpty()) {
            List<String> result = new ArrayList<>();
            for (Node item : ((SequenceNode) node).getValue()) {
                if (!(item instanceof ScalarNode) || scalar(item).isBlank()) {
                    throw problem(item, "'" + key + ":' lists commands, one string each");
                }
                result.add(scalar(item).strip());
            }
            return result;
        }
        throw problem(node == null ? map : node, "'" + key + ":' needs a command or a list of commands");
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (key.equals(scalar(tuple.getKeyNode()))) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : "";
    }

    private LessonException problem(Node node, String what) {
        String line = node == null ? "" : ":" + (node.getStartMark().getLine() + 1);
        return new LessonException(where + line + ": " + what + ". See tutorials/LESSONS.md for the form of a lesson.");
    }
}
