package org.fklab.tutorials.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the parts of a lesson file's YAML tree, and reports what is wrong with the file and line, so an author can
 * fix a lesson without reading Java.
 */
final class YamlNodes {

    private final String where;

    YamlNodes(String where) {
        this.where = where;
    }

    /** The file, and the line of {@code node}: {@code lessons/my.yaml:12}. */
    String at(Node node) {
        return where + (node == null ? "" : ":" + line(node));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void keys(MappingNode map, Set<String> allowed, String what) {
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "'" + key + "' does not belong in " + what + "; it takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    MappingNode mapping(MappingNode map, String key) {
        Node node = value(map, key);
        if (!(node instanceof MappingNode)) {
            throw problem(node == null ? map : node, "'" + key + ":' is missing or not a mapping");
        }
        return (MappingNode) node;
    }

    String text(MappingNode map, String key) {
        Node node = value(map, key);
        if (!(node instanceof ScalarNode) || scalar(node).isBlank()) {
            throw problem(node == null ? map : node, "'" + key + ":' is missing or empty");
        }
        return scalar(node).strip();
    }

    Optional<String> optional(MappingNode map, String key) {
        Node node = value(map, key);
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode) || scalar(node).isBlank()) {
            throw problem(node, "'" + key + ":' takes one value, not a list or an empty one");
        }
        return Optional.of(scalar(node).strip());
    }

    /** A whole number, or the problem with the file and line. */
    long number(MappingNode map, String key) {
        String text = text(map, key);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw problem(value(map, key), "'" + key + ":' takes a whole number such as 2, not '" + text + "'");
        }
    }

    /** yes/no, true/false, on/off: YAML 1.1 reads some of them as booleans, so every spelling is accepted. */
    Optional<Boolean> flag(MappingNode map, String key) {
        return optional(map, key).map(text -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw problem(value(map, key), "'" + key + ":' is true or false, not '" + text + "'");
        });
    }

    /** One string or a list of strings ({@code what} names one, e.g. "hint"); empty when absent and not required. */
    List<String> strings(MappingNode map, String key, boolean required, String what) {
        Node node = value(map, key);
        if (node == null && !required) {
            return List.of();
        }
        if (node == null) {
            throw problem(map, "'" + key + ":' is missing or empty: it takes " + article(what) + " " + what
                    + ", or a list of " + what + "s");
        }
        return strings(node, key, what);
    }

    List<String> strings(Node node, String key, String what) {
        if (node instanceof ScalarNode && !scalar(node).isBlank()) {
            return List.of(scalar(node).strip());
        }
        if (node instanceof SequenceNode && !((SequenceNode) node).getValue().isEmpty()) {
            List<String> result = new ArrayList<>();
            for (Node item : ((SequenceNode) node).getValue()) {
                if (!(item instanceof ScalarNode) || scalar(item).isBlank()) {
                    throw problem(item, "'" + key + ":' lists " + what + "s, one string each (quote one that holds ': ')");
                }
                result.add(scalar(item).strip());
            }
            return result;
        }
        throw problem(node, "'" + key + ":' is missing or empty: it takes " + article(what) + " " + what
                + ", or a list of " + what + "s");
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The items of a list under {@code key}; empty when absent. */
    List<Node> items(MappingNode map, String key, String what) {
        Node node = value(map, key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode) || ((SequenceNode) node).getValue().isEmpty()) {
            throw problem(node, "'" + key + ":' needs a list of " + what);
        }
        return ((SequenceNode) node).getValue();
    }

    static Node value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (key.equals(scalar(tuple.getKeyNode()))) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : "";
    }

    LessonException problem(Node node, String what) {
        return new LessonException(at(node) + ": " + what + ". See tutorials/LESSONS.md for the form of a lesson.");
    }
}
