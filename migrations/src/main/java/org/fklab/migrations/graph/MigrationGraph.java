package org.fklab.migrations.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fklab.migrations.MigrationException;

/**
 * The migrations and their parent links, checked for the mistakes that would make "migrate" ambiguous:
 * duplicate names, unknown parents and cycles.
 */
public final class MigrationGraph {

    private static final Comparator<Migration> BY_NUMBER_THEN_NAME =
            Comparator.comparingInt(Migration::number).thenComparing(Migration::name);

    private final Map<String, Migration> byName;
    private final Map<String, List<String>> children;
    private final List<Migration> order;

    private MigrationGraph(Map<String, Migration> byName) {
        this.byName = byName;
        this.children = new LinkedHashMap<>();
        byName.keySet().forEach(name -> children.put(name, new ArrayList<>()));
        for (Migration m : byName.values()) {
            for (String parent : m.parents()) {
                children.get(parent).add(m.name());
            }
        }
        this.order = topologicalOrder();
    }

    /** Builds the graph, or explains the first thing that keeps it from being one. */
    public static MigrationGraph of(Collection<Migration> migrations) {
        Map<String, Migration> byName = new LinkedHashMap<>();
        for (Migration m : migrations) {
            Migration earlier = byName.putIfAbsent(m.name(), m);
            if (earlier != null) {
                throw new MigrationException("Two migrations are named " + m.name() + ": " + earlier.location()
                        + " and " + m.location() + ". Rename or delete one of them.");
            }
        }
        for (Migration m : byName.values()) {
            for (String parent : m.parents()) {
                if (!byName.containsKey(parent)) {
                    throw new MigrationException("Migration " + m.name() + " (" + m.location() + ") names parent "
                            + parent + ", which does not exist. Fix its 'parents' property to name one of: "
                            + String.join(", ", byName.keySet()) + ".");
                }
                if (parent.equals(m.name())) {
                    throw new MigrationException("Migration " + m.name() + " (" + m.location()
                            + ") names itself as its parent. Fix its 'parents' property.");
                }
            }
        }
        return new MigrationGraph(byName);
    }

    private List<Migration> topologicalOrder() {
        Map<String, Integer> waitingFor = new LinkedHashMap<>();
        byName.values().forEach(m -> waitingFor.put(m.name(), m.parents().size()));
        PriorityQueue<Migration> ready = new PriorityQueue<>(BY_NUMBER_THEN_NAME);
        byName.values().stream().filter(m -> m.parents().isEmpty()).forEach(ready::add);
        List<Migration> result = new ArrayList<>();
        while (!ready.isEmpty()) {
            Migration next = ready.poll();
            result.add(next);
            for (String child : children.get(next.name())) {
                if (waitingFor.merge(child, -1, Integer::sum) == 0) {
                    ready.add(byName.get(child));
                }
            }
        }
        if (result.size() != byName.size()) {
            Set<String> inCycle = new TreeSet<>(byName.keySet());
            result.forEach(m -> inCycle.remove(m.name()));
            // what builds on a circle is stuck too, but not part of it: peel off whatever nothing stuck builds on
            boolean peeled = true;
            while (peeled) {
                peeled = inCycle.removeIf(name -> children.get(name).stream().noneMatch(inCycle::contains));
            }
            throw new MigrationException("These migrations depend on each other in a circle, so none of them can go first: "
                    + String.join(", ", inCycle) + ". Fix the 'parents' property of one of them.");
        }
        return List.copyOf(result);
    }

    /** Every migration, parents before children; ties broken by number, then name. */
    public List<Migration> inOrder() {
        return order;
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    public Migration get(String exactName) {
        Migration m = byName.get(exactName);
        if (m == null) {
            throw new MigrationException("There is no migration named " + exactName + ". Run 'showmigrations' to see them.");
        }
        return m;
    }

    public boolean contains(String exactName) {
        return byName.containsKey(exactName);
    }

    /** Resolves a full name or a unique prefix ({@code 0003}) to a migration. */
    public Migration resolve(String nameOrPrefix) {
        Migration exact = byName.get(nameOrPrefix);
        if (exact != null) {
            return exact;
        }
        List<Migration> matches = byName.values().stream()
                .filter(m -> m.name().startsWith(nameOrPrefix))
                .sorted(BY_NUMBER_THEN_NAME)
                .collect(Collectors.toList());
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new MigrationException("No migration is named or starts with '" + nameOrPrefix
                    + "'. Run 'showmigrations' to see their names.");
        }
        throw new MigrationException("'" + nameOrPrefix + "' could mean " + matches.stream().map(Migration::name)
                .collect(Collectors.joining(" or ")) + ". Type more of the name.");
    }

    /** The migrations no other migration builds on. More than one means the history has branched. */
    public List<Migration> leaves() {
        return order.stream().filter(m -> children.get(m.name()).isEmpty()).collect(Collectors.toList());
    }

    public List<Migration> childrenOf(String name) {
        return children.get(get(name).name()).stream().map(byName::get).sorted(BY_NUMBER_THEN_NAME)
                .collect(Collectors.toList());
    }

    /** The migration and everything it builds on, in graph order. */
    public List<Migration> ancestorsAndSelf(String name) {
        Set<String> seen = walk(name, m -> byName.get(m).parents());
        return order.stream().filter(m -> seen.contains(m.name())).collect(Collectors.toList());
    }

    /** Everything that builds on the migration (not the migration itself), in graph order. */
    public List<Migration> descendants(String name) {
        Set<String> seen = walk(name, children::get);
        seen.remove(name);
        return order.stream().filter(m -> seen.contains(m.name())).collect(Collectors.toList());
    }

    private Set<String> walk(String start, java.util.function.Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(get(start).name()));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            if (seen.add(current)) {
                todo.addAll(next.apply(current));
            }
        }
        return seen;
    }
}
