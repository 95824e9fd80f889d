package org.fklab.migrations.make;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fklab.migrations.graph.Change;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;

/**
 * Finds what two branches of the graph both change: the same column, the same table, or a constraint or
 * index of the same name. A merge of such branches would not describe one schema, so it is refused.
 */
final class BranchConflicts {

    /** Something a change touches, and the change in words. */
    private record Touch(String key, String table, String change, String migration) {
    }

    private BranchConflicts() {
    }

    /** The first conflict between any two of the leaves' branches, in words, if there is one. */
    static Optional<String> find(MigrationGraph graph, List<Migration> leaves) {
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                Optional<String> conflict = between(graph, leaves.get(i), leaves.get(j));
                if (conflict.isPresent()) {
                    return conflict;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> between(MigrationGraph graph, Migration a, Migration b) {
        Set<String> ancestorsOfA = names(graph.ancestorsAndSelf(a.name()));
        Set<String> ancestorsOfB = names(graph.ancestorsAndSelf(b.name()));
        List<Touch> left = touches(graph.ancestorsAndSelf(a.name()).stream()
                .filter(m -> !ancestorsOfB.contains(m.name())).toList());
        List<Touch> right = touches(graph.ancestorsAndSelf(b.name()).stream()
                .filter(m -> !ancestorsOfA.contains(m.name())).toList());
        for (Touch l : left) {
            for (Touch r : right) {
                boolean sameThing = l.key().equals(r.key());
                boolean tableAndItsColumn = l.table() != null && l.table().equals(r.table())
                        && (l.key().startsWith("table:") || r.key().startsWith("table:"));
                if (sameThing || tableAndItsColumn) {
                    String what = l.key().startsWith("column:") && sameThing ? l.key().substring(7)
                            : l.table() != null ? "table " + l.table() : l.key().substring(l.key().indexOf(':') + 1);
                    return Optional.of("Both branches change " + what + ": " + l.migration() + " does '" + l.change()
                            + "' and " + r.migration() + " does '" + r.change() + "'. A merge would not know which to"
                            + " keep. Keep one of them: change or delete the other migration's file (if it is"
                            + " applied, unapply it first with 'migrate " + parentOf(graph, r.migration()) + "').");
                }
            }
        }
        return Optional.empty();
    }

    private static String parentOf(MigrationGraph graph, String name) {
        List<String> parents = graph.get(name).parents();
        return parents.isEmpty() ? "zero" : parents.get(0);
    }

    private static Set<String> names(List<Migration> migrations) {
        return migrations.stream().map(Migration::name).collect(Collectors.toSet());
    }

    private static List<Touch> touches(List<Migration> branch) {
        List<Touch> touches = new ArrayList<>();
        for (Migration migration : branch) {
            for (Change change : migration.changes()) {
                Map<String, String> keys = new LinkedHashMap<>();
                switch (change.type()) {
                    case "createTable": case "dropTable": case "renameTable":
                        keys.put("table:" + change.table(), change.table());
                        break;
                    case "dropForeignKeyConstraint": case "dropIndex":
                        break;
                    default:
                        for (String column : change.columns()) {
                            keys.put("column:" + change.table() + "." + column, change.table());
                        }
                }
                change.attribute("constraintName").ifPresent(n -> keys.put("name:" + n.toLowerCase(), null));
                change.attribute("indexName").ifPresent(n -> keys.put("name:" + n.toLowerCase(), null));
                keys.forEach((key, table) -> touches.add(new Touch(key, table, change.describe(), migration.name())));
            }
        }
        return touches;
    }
}
