package org.fklab.migrations.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the migration graph as {@code git log --graph} draws commits, oldest first: one row per migration
 * ({@code ●} in its lane) and, between them, rows where a migration's lane forks into branches
 * ({@code ├─┐}) or branches join at a merge ({@code ├─┘}).
 */
public final class GraphLayout {

    /** A line of the drawing: a migration's row, or (migration null) a fork or join between rows. */
    public record Row(Migration migration, String lanes) {
    }

    private final MigrationGraph graph;
    private final List<String> lanes = new ArrayList<>(); // the migration each lane carries onward, or null
    private final List<Row> rows = new ArrayList<>();

    private GraphLayout(MigrationGraph graph) {
        this.graph = graph;
    }

    public static List<Row> rows(MigrationGraph graph) {
        GraphLayout layout = new GraphLayout(graph);
        graph.inOrder().forEach(layout::place);
        return layout.rows;
    }

    private void place(Migration migration) {
        List<Integer> parentLanes = new ArrayList<>();
        for (String parent : migration.parents()) {
            int lane = lanes.indexOf(parent);
            if (lane >= 0 && !parentLanes.contains(lane)) {
                parentLanes.add(lane);
                lanes.set(lane, "");
            }
        }
        int column;
        if (parentLanes.isEmpty()) {
            column = freeLane(0);
        } else {
            column = parentLanes.stream().mapToInt(Integer::intValue).min().getAsInt();
            List<Integer> joining = parentLanes.stream().filter(l -> l != column).sorted().toList();
            if (!joining.isEmpty()) {
                connector(column, joining, '┘', '┴');
                joining.forEach(l -> lanes.set(l, null));
            }
        }
        lanes.set(column, migration.name());
        rows.add(new Row(migration, node(column)));
        int children = graph.childrenOf(migration.name()).size();
        if (children == 0) {
            lanes.set(column, null);
        } else if (children > 1) {
            List<Integer> forks = new ArrayList<>();
            for (int i = 1; i < children; i++) {
                int lane = freeLane(column + 1);
                lanes.set(lane, migration.name());
                forks.add(lane);
            }
            connector(column, forks, '┐', '┬');
        }
        trim();
    }

    private int freeLane(int from) {
        for (int i = from; i < lanes.size(); i++) {
            if (lanes.get(i) == null) {
                return i;
            }
        }
        lanes.add(null);
        return lanes.size() - 1;
    }

    private String node(int column) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < lanes.size(); i++) {
            line.append(i == column ? '●' : lanes.get(i) != null ? '│' : ' ').append(' ');
        }
        return line.toString().stripTrailing();
    }

    /** A row joining (or forking) {@code others} into (or out of) {@code column}. */
    private void connector(int column, List<Integer> others, char end, char middle) {
        int last = others.get(others.size() - 1);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < lanes.size(); i++) {
            boolean inSpan = i > column && i < last;
            char glyph;
            if (i == column) {
                glyph = '├';
            } else if (i == last) {
                glyph = end;
            } else if (others.contains(i)) {
                glyph = middle;
            } else if (inSpan) {
                glyph = lanes.get(i) != null ? '┼' : '─';
            } else {
                glyph = lanes.get(i) != null ? '│' : ' ';
            }
            line.append(glyph).append(i >= column && i < last ? '─' : ' ');
        }
        rows.add(new Row(null, line.toString().stripTrailing()));
    }

    private void trim() {
        while (!lanes.isEmpty() && lanes.get(lanes.size() - 1) == null) {
            lanes.remove(lanes.size() - 1);
        }
    }
}
