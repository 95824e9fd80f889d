package org.fklab.shell.diagram;

import java.util.List;
import java.util.Locale;

import org.fklab.shell.diagram.ErLayout.Box;
import org.fklab.shell.diagram.ErLayout.Kind;
import org.fklab.shell.diagram.ErLayout.Point;
import org.fklab.shell.diagram.ErLayout.Route;
import org.fklab.shell.diagram.ErLayout.Text;
import org.fklab.shell.diagram.ErModel.Relationship;

/**
 * The diagram as an SVG picture for a web browser, drawn from the same layout as the terminal's: one cell of
 * the grid is a fixed number of pixels and the text is monospaced, so boxes, lines and labels keep their places.
 */
final class SvgDiagram {

    private static final int WIDTH_IN_CELLS = 150;
    private static final int CELL_WIDTH = 8;
    private static final int CELL_HEIGHT = 18;
    private static final int PADDING = 16;
    private static final String STYLE = String.join("\n",
            "    .table .box { fill: #ffffff; stroke: #3b4252; stroke-width: 1.2; }",
            "    .table .head { fill: #dfe8f5; }",
            "    .table .name { font-weight: bold; }",
            "    .rows, .type, .more { fill: #6b7280; }",
            "    .key { fill: #9a3412; font-weight: bold; }",
            "    .reference { fill: #1d4ed8; }",
            "    .fk path { fill: none; stroke: #3b4252; stroke-width: 1.3; }",
            "    .fk .rule { fill: #b91c1c; }",
            "    .fk .cardinality { fill: #3b4252; font-weight: bold; }",
            "    .list { fill: #111827; }");

    private final ErModel model;

    SvgDiagram(ErModel model) {
        this.model = model;
    }

    String render() {
        ErLayout layout = ErLayout.of(model, WIDTH_IN_CELLS, true);
        List<String> list = model.relationships().stream()
                .map(r -> r.childEnd() + " → " + r.parentEnd() + "  ON DELETE " + r.rule().sql()
                        + (r.optional() ? "  (NULL allowed)" : "")).toList();
        int listTop = layout.height() + 1;
        int cellsWide = Math.max(layout.width(), list.stream().mapToInt(ErLayout::cells).max().orElse(0) + 2);
        int cellsHigh = listTop + 1 + list.size();
        int width = 2 * PADDING + cellsWide * CELL_WIDTH;
        int height = 2 * PADDING + cellsHigh * CELL_HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"13\">\n",
                width, height, width, height));
        svg.append("  <title>Tables and foreign keys</title>\n");
        svg.append("  <desc>").append(escape(model.tables().size() + " tables, " + model.relationships().size()
                + " foreign keys; each line runs from a child table to the parent it points at, labelled with its"
                + " ON DELETE rule (* many, 1 one). Drawn by fklab.")).append("</desc>\n");
        svg.append("  <defs>\n    <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\""
                + " markerHeight=\"9\" orient=\"auto\">\n      <path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#3b4252\"/>\n"
                + "    </marker>\n  </defs>\n");
        svg.append("  <style>\n").append(STYLE).append("\n  </style>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Box box : layout.boxes()) {
            table(svg, box);
        }
        for (Route route : layout.routes()) {
            relationship(svg, route);
        }
        if (!list.isEmpty()) {
            svg.append("  <g class=\"list\">\n");
            text(svg, 0, listTop, "Foreign keys (child → parent):", "list-title");
            for (int i = 0; i < list.size(); i++) {
                text(svg, 2, listTop + 1 + i, list.get(i), "list-line");
            }
            svg.append("  </g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void table(StringBuilder svg, Box box) {
        svg.append("  <g class=\"table\" data-table=\"").append(escape(box.table().name())).append("\">\n");
        svg.append("    <title>").append(escape(box.table().name())).append("</title>\n");
        double left = centreX(box.x());
        double top = centreY(box.y());
        double w = (box.width() - 1) * CELL_WIDTH;
        svg.append(String.format(Locale.ROOT, "    <rect class=\"box\" x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\""
                + " rx=\"4\"/>\n", left, top, (int) w, (box.height() - 1) * CELL_HEIGHT));
        svg.append(String.format(Locale.ROOT, "    <rect class=\"head\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                + " height=\"%d\"/>\n", left + 0.6, top + 0.6, w - 1.2, 2 * CELL_HEIGHT - 1));
        svg.append(String.format(Locale.ROOT, "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"#3b4252\"/>\n", left, centreY(box.y() + 2), left + w, centreY(box.y() + 2)));
        for (Text t : box.texts()) {
            text(svg, t.x(), t.y(), t.text(), t.kind() == Kind.TABLE ? "name" : t.kind().name().toLowerCase(Locale.ROOT));
        }
        svg.append("  </g>\n");
    }

    private static void relationship(StringBuilder svg, Route route) {
        Relationship r = route.relationship();
        svg.append("  <g class=\"fk\" data-child=\"").append(escape(r.child())).append("\" data-parent=\"")
                .append(escape(r.parent())).append("\" data-rule=\"").append(escape(r.rule().sql())).append("\">\n");
        svg.append("    <title>").append(escape(r.childEnd() + " → " + r.parentEnd() + "  ON DELETE "
                + r.rule().sql() + " (" + r.name() + ")")).append("</title>\n");
        StringBuilder d = new StringBuilder();
        List<Point> points = route.points();
        for (int i = 0; i < points.size() - 1; i++) {
            Point p = points.get(i);
            d.append(i == 0 ? "M " : " L ").append(String.format(Locale.ROOT, "%.1f %.1f", centreX(p.x()), centreY(p.y())));
        }
        Point target = route.target(); // on the parent's border, where the box's outline runs
        d.append(String.format(Locale.ROOT, " L %.1f %.1f", centreX(target.x()), centreY(target.y())));
        svg.append("    <path d=\"").append(d).append("\" marker-end=\"url(#arrow)\"/>\n");
        for (Text t : route.texts()) {
            if (t.kind() == Kind.RULE) {
                svg.append(String.format(Locale.ROOT, "    <rect x=\"%.1f\" y=\"%d\" width=\"%d\" height=\"%d\""
                        + " fill=\"#ffffff\"/>\n", left(t.x()) - 2.0, PADDING + t.y() * CELL_HEIGHT + 2,
                        t.width() * CELL_WIDTH + 4, CELL_HEIGHT - 4));
            }
            if (t.kind() != Kind.ARROW) {
                text(svg, t.x(), t.y(), t.text(), t.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        svg.append("  </g>\n");
    }

    private static void text(StringBuilder svg, int x, int y, String text, String kind) {
        svg.append(String.format(Locale.ROOT, "    <text class=\"%s\" x=\"%.1f\" y=\"%.1f\">", kind, left(x),
                PADDING + y * CELL_HEIGHT + CELL_HEIGHT * 0.72)).append(escape(text)).append("</text>\n");
    }

    private static double left(int x) {
        return PADDING + x * CELL_WIDTH;
    }

    private static double centreX(int x) {
        return PADDING + x * CELL_WIDTH + CELL_WIDTH / 2.0;
    }

    private static double centreY(int y) {
        return PADDING + y * CELL_HEIGHT + CELL_HEIGHT / 2.0;
    }

    /** Text for XML content and attributes: markup characters escaped, characters XML cannot hold replaced. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&apos;"); break;
                default:
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    out.appendCodePoint(allowed ? c : 0xFFFD);
            }
        });
        return out.toString();
    }
}
