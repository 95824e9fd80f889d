package org.fklab.shell.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fklab.shell.diagram.ErModel.Column;
import org.fklab.shell.diagram.ErModel.Relationship;
import org.fklab.shell.diagram.ErModel.Table;
import org.fklab.shell.render.Styles;
import org.fklab.shell.render.Values;

/**
 * Where the boxes, lines and labels of a diagram go, on a grid of character cells. Tables stand in rows,
 * parents above their children, wrapped to the width; each foreign key is a line from the top of the child's
 * box to an arrow under the parent's box, on its own track between the rows, and through a lane on the left
 * when the two rows are not next to each other; a table pointing at itself gets a loop on its right. The
 * terminal draws the grid as it is; the SVG scales the same geometry to pixels.
 */
final class ErLayout {

    /** Directions a line leaves a cell in; a cell's bits say which box-drawing character it is. */
    static final int UP = 1;
    static final int DOWN = 2;
    static final int LEFT = 4;
    static final int RIGHT = 8;

    /** What a piece of text is, so that each output can style it. */
    enum Kind { TABLE, ROWS, KEY, COLUMN, TYPE, REFERENCE, MORE, RULE, CARDINALITY, ARROW }

    /** Text written from cell (x, y) rightwards, one cell per character. */
    record Text(int x, int y, String text, Kind kind) {

        int width() {
            return cells(text);
        }
    }

    /** A table's box: borders on its outermost cells, the name on the line below the top; what it says. */
    record Box(Table table, int x, int y, int width, int height, List<Text> texts) {

        int right() {
            return x + width - 1;
        }

        int bottom() {
            return y + height - 1;
        }
    }

    record Point(int x, int y) {
    }

    /**
     * A foreign key's line, from a cell on the child's border to the cell in front of the parent's border,
     * where the arrow is; the texts that belong to it (the rule, the cardinalities).
     */
    record Route(Relationship relationship, List<Point> points, List<Text> texts) {

        /** The cell on the parent's border that the arrow points at. */
        Point target() {
            Point last = points.get(points.size() - 1);
            Point before = points.get(points.size() - 2);
            return new Point(last.x() + Integer.signum(last.x() - before.x()), last.y() + Integer.signum(last.y() - before.y()));
        }
    }

    /** Columns beyond which a box lists only the key columns and how many others there are. */
    private static final int MAX_COLUMNS = 8;
    private static final int MAX_BOX_WIDTH = 60;
    private static final int BOX_SPACING = 4;
    /** Cells between two lines leaving one side of a box: room for a rule such as NO ACTION between them. */
    private static final int POINT_STEP = 14;
    private static final int ROOMY_WIDTH = 44;
    private static final int LOOP_LABEL = "ON DELETE SET DEFAULT".length();

    private final int width;
    private final int height;
    private final List<Box> boxes;
    private final List<Route> routes;
    private final List<Text> texts;
    private final int[][] masks;

    private ErLayout(int width, int height, List<Box> boxes, List<Route> routes, List<Text> texts, int[][] masks) {
        this.width = width;
        this.height = height;
        this.boxes = boxes;
        this.routes = routes;
        this.texts = texts;
        this.masks = masks;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    List<Box> boxes() {
        return boxes;
    }

    List<Route> routes() {
        return routes;
    }

    /** Every text: box contents, then each route's. */
    List<Text> texts() {
        return texts;
    }

    /** The line directions of a cell ({@link #UP} | {@link #DOWN}...), 0 for none. */
    int mask(int x, int y) {
        return masks[y][x];
    }

    /** Cells the text takes on a terminal: most characters one, wide ones (CJK) two. */
    static int cells(String text) {
        return Styles.width(text);
    }

    /** Lays out the model within {@code maxWidth} cells where it can; arrows and ellipses in ASCII unless {@code unicode}. */
    static ErLayout of(ErModel model, int maxWidth, boolean unicode) {
        return new Builder(model, Math.max(40, maxWidth), unicode).build();
    }

    /** One layout in the making. */
    private static final class Builder {

        private final ErModel model;
        private final int maxWidth;
        private final boolean unicode;
        private final List<Relationship> links;
        private final Map<String, BoxContent> contents = new LinkedHashMap<>();
        private final Map<String, Integer> xs = new HashMap<>();
        private final Map<String, Integer> rowOf = new HashMap<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final Map<Relationship, Integer> exitX = new HashMap<>();
        private final Map<Relationship, Integer> entryX = new HashMap<>();
        private final Map<Relationship, Integer> lanes = new HashMap<>();

        Builder(ErModel model, int maxWidth, boolean unicode) {
            this.model = model;
            this.maxWidth = maxWidth;
            this.unicode = unicode;
            this.links = model.relationships().stream().filter(r -> !r.selfReference()).toList();
        }

        ErLayout build() {
            for (Table table : model.tables()) {
                contents.put(table.name(), content(table));
            }
            placeRows();
            assignPoints();
            return draw();
        }

        // ---- boxes -------------------------------------------------------------------------------------

        /** What a box shows, relative to its top-left corner, and how wide it is. */
        private record BoxContent(List<Text> texts, int width, int height, Map<String, Integer> lineOf) {
        }

        private BoxContent content(Table table) {
            List<Column> shown = shownColumns(table);
            int hidden = table.columns().size() - shown.size();
            String arrow = unicode ? "→ " : "-> ";
            List<String[]> lines = new ArrayList<>();
            for (Column c : shown) {
                String key = c.primaryKey() && c.foreignKey() ? "PK FK" : c.primaryKey() ? "PK" : c.foreignKey() ? "FK" : "";
                String reference = c.foreignKey() ? c.references().stream().map(t -> arrow + t)
                        .collect(Collectors.joining(", ")) : "";
                lines.add(new String[] {key, c.name(), c.type(), reference});
            }
            int[] widths = new int[4];
            for (String[] line : lines) {
                for (int i = 0; i < 4; i++) {
                    widths[i] = Math.max(widths[i], cells(line[i]));
                }
            }
            String rows = Values.count(table.rows(), "row");
            String more = hidden > 0 ? (unicode ? "… " : "... ") + hidden + " more column" + (hidden == 1 ? "" : "s") : "";
            int lineWidth = 0;
            for (String[] line : lines) {
                lineWidth = Math.max(lineWidth, lineWidth(line, widths));
            }
            int points = (int) Math.max(links.stream().filter(r -> r.child().equals(table.name())).count(),
                    links.stream().filter(r -> r.parent().equals(table.name())).count());
            int inner = Math.max(Math.max(cells(table.name()) + 2 + cells(rows), lineWidth), cells(more));
            // a short rule fits between two lines, as long as that keeps the box no wider than most
            int room = points <= 1 ? 7 : Math.min(7 + (points - 1) * POINT_STEP, ROOMY_WIDTH);
            int boxWidth = Math.max(Math.min(Math.max(inner + 4, room), Math.min(MAX_BOX_WIDTH, maxWidth - 2)),
                    6 + 3 * points);
            int limit = boxWidth - 2; // text ends before the right border's space
            List<Text> texts = new ArrayList<>();
            clip(texts, 2, 1, table.name(), Kind.TABLE, limit);
            if (cells(table.name()) + 2 + cells(rows) <= boxWidth - 4) {
                texts.add(new Text(limit - cells(rows), 1, rows, Kind.ROWS));
            }
            Map<String, Integer> lineOf = new HashMap<>();
            Kind[] kinds = {Kind.KEY, Kind.COLUMN, Kind.TYPE, Kind.REFERENCE};
            for (int i = 0; i < lines.size(); i++) {
                String[] line = lines.get(i);
                int x = 2;
                for (int part = 0; part < 4; part++) {
                    if (widths[part] == 0) {
                        continue;
                    }
                    clip(texts, x, 3 + i, line[part], kinds[part], limit);
                    x += widths[part] + (part == 0 ? 1 : 2);
                }
                lineOf.put(shown.get(i).name(), 3 + i);
            }
            if (hidden > 0) {
                clip(texts, 2, 3 + lines.size(), more, Kind.MORE, limit);
            }
            return new BoxContent(texts, boxWidth, 4 + lines.size() + (hidden > 0 ? 1 : 0), lineOf);
        }

        private static int lineWidth(String[] line, int[] widths) {
            int width = 0;
            for (int part = 0; part < 4; part++) {
                if (widths[part] > 0) {
                    width += (width == 0 ? 0 : part == 1 ? 1 : 2) + (part == 3 ? cells(line[part]) : widths[part]);
                }
            }
            return width;
        }

        private void clip(List<Text> texts, int x, int y, String text, Kind kind, int limit) {
            if (text.isEmpty() || x >= limit) {
                return;
            }
            int room = limit - x;
            if (cells(text) > room) {
                while (!text.isEmpty() && cells(text) > room - 1) {
                    text = text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, text.length()) - 1));
                }
                text += unicode ? "…" : ".";
            }
            texts.add(new Text(x, y, text, kind));
        }

        /** Every key column, and the others in order as far as there is room: a wide table stays readable. */
        private static List<Column> shownColumns(Table table) {
            List<Column> columns = table.columns();
            if (columns.size() <= MAX_COLUMNS) {
                return columns;
            }
            long keys = columns.stream().filter(c -> c.primaryKey() || c.foreignKey()).count();
            long others = Math.max(0, MAX_COLUMNS - 1 - keys);
            List<Column> shown = new ArrayList<>();
            for (Column c : columns) {
                if (c.primaryKey() || c.foreignKey()) {
                    shown.add(c);
                } else if (others > 0) {
                    shown.add(c);
                    others--;
                }
            }
            return shown;
        }

        // ---- rows --------------------------------------------------------------------------------------

        /** Room a box needs on its right for the loops of foreign keys to its own table. */
        private int loopRoom(String table) {
            long loops = model.relationships().stream().filter(r -> r.selfReference() && r.child().equals(table)).count();
            return loops == 0 ? 0 : (int) (2 * loops + 2 + LOOP_LABEL);
        }

        /** Rows of boxes, layer by layer; the left margin holds one lane per line that skips a row. */
        private void placeRows() {
            int margin = 0;
            for (int attempt = 0; attempt < 4; attempt++) {
                placeRows(margin);
                int needed = laneMargin();
                if (needed <= margin) {
                    break;
                }
                margin = needed;
            }
            int needed = laneMargin();
            if (needed > margin) { // still more lanes than room: move everything right rather than overlap
                int shift = needed - margin;
                xs.replaceAll((table, x) -> x + shift);
            }
            // the longest line on the outermost lane, so that shorter ones turn off without crossing it
            List<Relationship> skipping = links.stream().filter(r -> !adjacent(r))
                    .sorted(Comparator.comparingInt((Relationship r) -> -Math.abs(rowOf.get(r.child()) - rowOf.get(r.parent()))))
                    .toList();
            for (int lane = 0; lane < skipping.size(); lane++) {
                lanes.put(skipping.get(lane), 1 + 2 * lane);
            }
        }

        private int laneMargin() {
            long skipping = links.stream().filter(r -> !adjacent(r)).count();
            return skipping == 0 ? 0 : (int) (2 * skipping + 2);
        }

        private boolean adjacent(Relationship r) {
            return rowOf.get(r.child()) == rowOf.get(r.parent()) + 1;
        }

        private void placeRows(int left) {
            xs.clear();
            rowOf.clear();
            rows.clear();
            for (List<Table> layer : model.layers()) {
                Map<String, Double> preferred = new HashMap<>();
                for (Table table : layer) {
                    links.stream().filter(r -> r.child().equals(table.name()) && xs.containsKey(r.parent()))
                            .mapToInt(r -> xs.get(r.parent())).average().ifPresent(x -> preferred.put(table.name(), x));
                }
                List<String> order = layer.stream().map(Table::name)
                        .sorted(Comparator.comparingDouble(t -> preferred.getOrDefault(t, Double.MAX_VALUE))).toList();
                List<String> row = new ArrayList<>();
                int cursor = left;
                for (String table : order) {
                    int w = contents.get(table).width();
                    int wanted = preferred.containsKey(table) ? (int) Math.round(preferred.get(table)) : cursor;
                    int x = Math.max(cursor, wanted);
                    if (x + w > maxWidth) {
                        x = cursor;
                    }
                    if (x + w > maxWidth && !row.isEmpty()) {
                        rows.add(row); // a line of its own, from the left: its lines come through the margin anyway
                        row = new ArrayList<>();
                        x = left;
                    }
                    xs.put(table, x);
                    rowOf.put(table, rows.size());
                    row.add(table);
                    cursor = x + w + BOX_SPACING + loopRoom(table);
                }
                rows.add(row);
            }
        }

        // ---- where lines leave and reach the boxes -----------------------------------------------------

        private int centre(String table) {
            return xs.get(table) + contents.get(table).width() / 2;
        }

        private void assignPoints() {
            for (Table table : model.tables()) {
                String name = table.name();
                List<Relationship> exits = new ArrayList<>(links.stream().filter(r -> r.child().equals(name)).toList());
                exits.sort(Comparator.comparingInt(r -> adjacent(r) ? centre(r.parent()) : lanes.get(r) - maxWidth));
                spread(name, exits, exitX);
                // lines from the margin nest like rainbows: the outermost lane reaches the leftmost point
                List<Relationship> entries = new ArrayList<>(links.stream().filter(r -> r.parent().equals(name)).toList());
                entries.sort(Comparator.comparingInt((Relationship r) -> adjacent(r) ? centre(r.child())
                        : lanes.get(r) - maxWidth).thenComparingInt(links::indexOf));
                spread(name, entries, entryX);
            }
            straighten();
            separate();
        }

        private void spread(String table, List<Relationship> relationships, Map<Relationship, Integer> at) {
            int x = xs.get(table);
            int w = contents.get(table).width();
            int k = relationships.size();
            if (k == 0) {
                return;
            }
            int step = k == 1 ? 0 : Math.max(3, Math.min(POINT_STEP, (w - 7) / (k - 1)));
            for (int i = 0; i < k; i++) {
                at.put(relationships.get(i), x + 3 + i * step);
            }
        }

        /** A child straight under its parent gets a straight line where both ends are free to move. */
        private void straighten() {
            for (Relationship r : links) {
                if (!adjacent(r)) {
                    continue;
                }
                boolean childFree = links.stream().filter(o -> o.child().equals(r.child())).count() == 1;
                boolean parentFree = links.stream().filter(o -> o.parent().equals(r.parent())).count() == 1;
                int childLo = xs.get(r.child()) + 3;
                int childHi = xs.get(r.child()) + contents.get(r.child()).width() - 4;
                int parentLo = xs.get(r.parent()) + 3;
                int parentHi = xs.get(r.parent()) + contents.get(r.parent()).width() - 4;
                int lo = Math.max(childLo, parentLo);
                int hi = Math.min(childHi, parentHi);
                if (childFree && parentFree && lo <= hi) {
                    exitX.put(r, lo);
                    entryX.put(r, lo);
                } else if (childFree && entryX.get(r) >= childLo && entryX.get(r) <= childHi) {
                    exitX.put(r, entryX.get(r));
                } else if (parentFree && exitX.get(r) >= parentLo && exitX.get(r) <= parentHi) {
                    entryX.put(r, exitX.get(r));
                }
            }
        }

        /** Two lines must not run down the same column of cells between two rows: move a child's end aside. */
        private void separate() {
            for (Relationship r : links) {
                int gap = gapAbove(r.child());
                Set<Integer> taken = links.stream().filter(o -> o != r && gapBelow(o.parent()) == gap)
                        .map(entryX::get).collect(Collectors.toSet());
                int x = exitX.get(r);
                if (!taken.contains(x)) {
                    continue;
                }
                String child = r.child();
                int lo = xs.get(child) + 2;
                int hi = xs.get(child) + contents.get(child).width() - 3;
                List<Integer> siblings = links.stream().filter(o -> o != r && o.child().equals(child))
                        .map(exitX::get).toList();
                for (int d : new int[] {1, -1, 2, -2, 3, -3}) {
                    int candidate = x + d;
                    if (candidate >= lo && candidate <= hi && !taken.contains(candidate)
                            && siblings.stream().allMatch(s -> Math.abs(s - candidate) >= 2)) {
                        exitX.put(r, candidate);
                        if (adjacent(r) && entryX.get(r) == x && links.stream()
                                .filter(o -> o.parent().equals(r.parent())).count() == 1) {
                            entryX.put(r, candidate);
                        }
                        break;
                    }
                }
            }
        }

        private int gapAbove(String table) {
            return rowOf.get(table);
        }

        private int gapBelow(String table) {
            return rowOf.get(table) + 1;
        }

        // ---- drawing -----------------------------------------------------------------------------------

        /** A horizontal run of a line between two rows: from the column of one vertical to another's. */
        private record Run(Relationship relationship, boolean childSide, int from, int to) {
        }

        private ErLayout draw() {
            int gaps = rows.size() + 1;
            List<List<Run>> runs = new ArrayList<>();
            boolean[] used = new boolean[gaps];
            for (int g = 0; g < gaps; g++) {
                runs.add(new ArrayList<>());
            }
            for (Relationship r : links) {
                int x1 = exitX.get(r);
                int x2 = entryX.get(r);
                used[gapAbove(r.child())] = true;
                used[gapBelow(r.parent())] = true;
                if (adjacent(r)) {
                    if (x1 != x2) {
                        runs.get(gapAbove(r.child())).add(new Run(r, true, x1, x2));
                    }
                } else {
                    runs.get(gapAbove(r.child())).add(new Run(r, true, x1, lanes.get(r)));
                    runs.get(gapBelow(r.parent())).add(new Run(r, false, lanes.get(r), x2));
                }
            }
            for (List<Run> gap : runs) {
                // fewest crossings for lines in the same direction: the outer one on the upper track
                gap.sort(Comparator.comparingInt((Run run) -> run.to() < run.from() ? 0 : 1)
                        .thenComparingInt(run -> run.to() < run.from() ? -run.from() : run.from()));
            }
            int[] gapTop = new int[gaps];
            int[] rowTop = new int[rows.size()];
            int y = 0;
            for (int g = 0; g < gaps; g++) {
                gapTop[g] = y;
                y += used[g] ? runs.get(g).size() + 3 : g == 0 || g == gaps - 1 ? 0 : 1;
                if (g < rows.size()) {
                    rowTop[g] = y;
                    y += rows.get(g).stream().mapToInt(t -> contents.get(t).height()).max().orElse(0);
                }
            }
            int height = Math.max(1, y);
            Map<String, Box> boxes = new LinkedHashMap<>();
            int width = maxWidth;
            for (Table table : model.tables()) {
                BoxContent c = contents.get(table.name());
                int x = xs.get(table.name());
                int top = rowTop[rowOf.get(table.name())];
                List<Text> inside = c.texts().stream().map(t -> new Text(x + t.x(), top + t.y(), t.text(), t.kind()))
                        .toList();
                Box box = new Box(table, x, top, c.width(), c.height(), inside);
                boxes.put(table.name(), box);
                width = Math.max(width, box.right() + 1 + loopRoom(table.name()));
            }
            Canvas canvas = new Canvas(width, height);
            List<Text> texts = new ArrayList<>();
            for (Box box : boxes.values()) {
                canvas.box(box);
                box.texts().forEach(t -> texts.add(canvas.write(t)));
            }
            Map<Relationship, List<Point>> paths = new LinkedHashMap<>();
            for (Relationship r : links) {
                Box child = boxes.get(r.child());
                Box parent = boxes.get(r.parent());
                int x1 = exitX.get(r);
                int x2 = entryX.get(r);
                List<Point> points = new ArrayList<>();
                points.add(new Point(x1, child.y()));
                if (adjacent(r)) {
                    int gap = gapAbove(r.child());
                    int track = runs.get(gap).stream().map(Run::relationship).toList().indexOf(r);
                    if (track >= 0) {
                        int ty = gapTop[gap] + 1 + track;
                        points.add(new Point(x1, ty));
                        points.add(new Point(x2, ty));
                    }
                } else {
                    int childGap = gapAbove(r.child());
                    int parentGap = gapBelow(r.parent());
                    int t1 = gapTop[childGap] + 1 + indexOf(runs.get(childGap), r, true);
                    int t2 = gapTop[parentGap] + 1 + indexOf(runs.get(parentGap), r, false);
                    points.add(new Point(x1, t1));
                    points.add(new Point(lanes.get(r), t1));
                    points.add(new Point(lanes.get(r), t2));
                    points.add(new Point(x2, t2));
                }
                points.add(new Point(x2, parent.bottom() + 1));
                paths.put(r, points);
            }
            for (Relationship r : model.relationships()) {
                if (r.selfReference()) {
                    paths.put(r, loop(r, boxes.get(r.child()), paths));
                }
            }
            paths.values().forEach(canvas::line);
            List<Route> routes = new ArrayList<>();
            for (Relationship r : model.relationships()) {
                List<Point> points = paths.get(r);
                List<Text> own = new ArrayList<>();
                Point last = points.get(points.size() - 1);
                String arrow = r.selfReference() ? (unicode ? "◄" : "<") : (unicode ? "▲" : "^");
                own.add(canvas.write(new Text(last.x(), last.y(), arrow, Kind.ARROW)));
                if (!r.selfReference()) {
                    canvas.writeIfFree(new Text(points.get(0).x() + 1, points.get(0).y() - 1, "*", Kind.CARDINALITY), own);
                    canvas.writeIfFree(new Text(last.x() + 1, last.y(), "1", Kind.CARDINALITY), own);
                }
                routes.add(new Route(r, List.copyOf(points), own));
            }
            for (Route route : routes) {
                Relationship r = route.relationship();
                canvas.label(route.points(), List.of("ON DELETE " + r.rule().sql(), r.rule().sql()), route.texts());
            }
            routes.forEach(route -> texts.addAll(route.texts()));
            return new ErLayout(canvas.width, height, List.copyOf(boxes.values()), List.copyOf(routes),
                    List.copyOf(texts), canvas.masks);
        }

        private static int indexOf(List<Run> runs, Relationship r, boolean childSide) {
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).relationship() == r && runs.get(i).childSide() == childSide) {
                    return i;
                }
            }
            throw new IllegalStateException("no track for " + r.name());
        }

        /** A loop on the box's right, from the key's column line back to the primary key's (or the name's). */
        private List<Point> loop(Relationship r, Box box, Map<Relationship, List<Point>> paths) {
            Map<String, Integer> lineOf = contents.get(r.child()).lineOf();
            int from = box.y() + lineOf.getOrDefault(r.columns().get(0), 1);
            int to = box.y() + lineOf.getOrDefault(r.parentColumns().get(0), 1);
            if (to == from) {
                to = box.y() + 1;
            }
            long earlier = paths.keySet().stream().filter(o -> o.selfReference() && o.child().equals(r.child())).count();
            int lane = box.right() + 2 + 2 * (int) earlier;
            return List.of(new Point(box.right(), from), new Point(lane, from), new Point(lane, to),
                    new Point(box.right() + 1, to));
        }
    }

    /** The cells being drawn on: which are lines, which hold text or belong to a box. */
    private static final class Canvas {

        private final int width;
        private final int height;
        private final int[][] masks;
        private final boolean[][] taken;

        Canvas(int width, int height) {
            this.width = width;
            this.height = height;
            this.masks = new int[height][width];
            this.taken = new boolean[height][width];
        }

        void box(Box box) {
            for (int y = box.y(); y <= box.bottom(); y++) {
                for (int x = box.x(); x <= box.right(); x++) {
                    taken[y][x] = true;
                }
            }
            for (int x = box.x(); x < box.right(); x++) {
                connect(x, box.y(), x + 1, box.y());
                connect(x, box.y() + 2, x + 1, box.y() + 2);
                connect(x, box.bottom(), x + 1, box.bottom());
            }
            for (int y = box.y(); y < box.bottom(); y++) {
                connect(box.x(), y, box.x(), y + 1);
                connect(box.right(), y, box.right(), y + 1);
            }
        }

        void line(List<Point> points) {
            for (int i = 0; i + 1 < points.size(); i++) {
                Point a = points.get(i);
                Point b = points.get(i + 1);
                int dx = Integer.signum(b.x() - a.x());
                int dy = Integer.signum(b.y() - a.y());
                for (int x = a.x(), y = a.y(); x != b.x() || y != b.y(); x += dx, y += dy) {
                    connect(x, y, x + dx, y + dy);
                }
            }
        }

        private void connect(int x1, int y1, int x2, int y2) {
            if (!inside(x1, y1) || !inside(x2, y2)) {
                return;
            }
            masks[y1][x1] |= direction(x2 - x1, y2 - y1);
            masks[y2][x2] |= direction(x1 - x2, y1 - y2);
        }

        private static int direction(int dx, int dy) {
            return dx > 0 ? RIGHT : dx < 0 ? LEFT : dy > 0 ? DOWN : UP;
        }

        private boolean inside(int x, int y) {
            return x >= 0 && y >= 0 && x < width && y < height;
        }

        Text write(Text text) {
            for (int i = 0; i < text.width(); i++) {
                if (inside(text.x() + i, text.y())) {
                    taken[text.y()][text.x() + i] = true;
                }
            }
            return text;
        }

        void writeIfFree(Text text, List<Text> into) {
            if (free(text.x(), text.x() + text.width() - 1, text.y())) {
                into.add(write(text));
            }
        }

        /** Cells from x1 to x2 of line y are empty; cells beyond the right or left edge count as empty. */
        private boolean free(int x1, int x2, int y) {
            if (y < 0 || y >= height || x1 < -1 || x2 > width) {
                return false;
            }
            for (int x = Math.max(0, x1); x <= Math.min(width - 1, x2); x++) {
                if (taken[y][x] || masks[y][x] != 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Puts the label next to the line: beside a vertical stretch if there is room, as near the child's end
         * as can be, else above or below a horizontal one; false if nowhere.
         */
        boolean label(List<Point> points, List<String> labels, List<Text> into) {
            for (boolean vertical : new boolean[] {true, false}) {
                for (String label : labels) {
                    for (int i = 0; i + 1 < points.size(); i++) {
                        Point a = points.get(i);
                        Point b = points.get(i + 1);
                        Text placed = a.x() == b.x() == vertical ? place(a, b, i == 0, label) : null;
                        if (placed != null) {
                            into.add(write(placed));
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private Text place(Point a, Point b, boolean fromBorder, String label) {
            int length = cells(label);
            if (a.x() != b.x()) {
                int start = (a.x() + b.x()) / 2 - length / 2;
                for (int y : new int[] {a.y() - 1, a.y() + 1}) {
                    if (start >= 0 && start + length <= width && free(start - 1, start + length, y)) {
                        return new Text(start, y, label, Kind.RULE);
                    }
                }
                return null;
            }
            int dy = Integer.signum(b.y() - a.y());
            for (boolean right : new boolean[] {true, false}) {
                for (int y = a.y() + (fromBorder ? dy : 0); y != b.y() + dy; y += dy) {
                    if (right && free(a.x() + 1, a.x() + 2 + length, y)) {
                        return new Text(a.x() + 2, y, label, Kind.RULE);
                    }
                    if (!right && a.x() - 1 - length >= 0 && free(a.x() - 2 - length, a.x() - 1, y)) {
                        return new Text(a.x() - 1 - length, y, label, Kind.RULE);
                    }
                }
            }
            return null;
        }
    }
}
