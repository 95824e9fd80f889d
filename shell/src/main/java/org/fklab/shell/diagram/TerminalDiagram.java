package org.fklab.shell.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.fklab.shell.diagram.ErLayout.Kind;
import org.fklab.shell.diagram.ErLayout.Text;
import org.fklab.shell.diagram.ErModel.Relationship;
import org.fklab.shell.render.LineWrap;
import org.fklab.shell.render.Styles;

/**
 * The diagram as a person reads it in the terminal: table boxes with lines from children up to their parents,
 * then every foreign key again as a line of text, so that nothing is lost where lines cross.
 */
public final class TerminalDiagram {

    /** Columns to fit in when the terminal's width is unknown (a script, a pipe). */
    public static final int DEFAULT_WIDTH = 100;

    private final ErModel model;
    private final Styles styles;
    private final boolean unicode;
    private final int width;

    public TerminalDiagram(ErModel model, Styles styles, boolean unicode, int width) {
        this.model = model;
        this.styles = styles;
        this.unicode = unicode;
        this.width = width > 0 ? width : DEFAULT_WIDTH;
    }

    public List<String> lines() {
        if (model.tables().isEmpty()) {
            return List.of("No tables yet: no migration that creates one is applied. Run 'migrate'.");
        }
        List<String> lines = new ArrayList<>();
        if (!model.relationships().isEmpty()) {
            lines.add(styles.dim("Each line runs from a child table up to the " + (unicode ? "▲" : "^")
                    + " under its parent table."));
        }
        lines.addAll(picture(ErLayout.of(model, width, unicode)));
        lines.add("");
        lines.addAll(relationships());
        return lines;
    }

    private List<String> picture(ErLayout layout) {
        List<List<Text>> byLine = new ArrayList<>();
        for (int y = 0; y < layout.height(); y++) {
            byLine.add(new ArrayList<>());
        }
        layout.texts().forEach(t -> byLine.get(t.y()).add(t));
        List<String> lines = new ArrayList<>();
        for (int y = 0; y < layout.height(); y++) {
            List<Text> texts = byLine.get(y);
            texts.sort(Comparator.comparingInt(Text::x));
            int end = 0;
            for (int x = 0; x < layout.width(); x++) {
                if (layout.mask(x, y) != 0) {
                    end = x + 1;
                }
            }
            for (Text t : texts) {
                end = Math.max(end, t.x() + t.width());
            }
            StringBuilder line = new StringBuilder();
            int next = 0;
            for (int x = 0; x < end; ) {
                while (next < texts.size() && texts.get(next).x() < x) {
                    next++; // overlapped by the text before it
                }
                if (next < texts.size() && texts.get(next).x() == x) {
                    Text t = texts.get(next++);
                    line.append(style(t));
                    x += t.width();
                } else {
                    line.append(glyph(x < layout.width() ? layout.mask(x, y) : 0));
                    x++;
                }
            }
            lines.add(line.toString());
        }
        // the room kept above the first row and below the last for lines that loop round may be left empty
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private String style(Text text) {
        switch (text.kind()) {
            case TABLE: return styles.header(text.text());
            case ROWS:
            case TYPE:
            case MORE: return styles.dim(text.text());
            case REFERENCE:
            case RULE: return styles.code(text.text());
            default: return text.text();
        }
    }

    private String glyph(int mask) {
        int up = ErLayout.UP;
        int down = ErLayout.DOWN;
        int left = ErLayout.LEFT;
        int right = ErLayout.RIGHT;
        if (mask == 0) {
            return " ";
        }
        boolean vertical = (mask & (left | right)) == 0;
        boolean horizontal = (mask & (up | down)) == 0;
        if (!unicode) {
            return vertical ? "|" : horizontal ? "-" : "+";
        }
        if (vertical) {
            return "│";
        }
        if (horizontal) {
            return "─";
        }
        if (mask == (down | right)) {
            return "┌";
        }
        if (mask == (down | left)) {
            return "┐";
        }
        if (mask == (up | right)) {
            return "└";
        }
        if (mask == (up | left)) {
            return "┘";
        }
        if (mask == (up | down | right)) {
            return "├";
        }
        if (mask == (up | down | left)) {
            return "┤";
        }
        if (mask == (left | right | down)) {
            return "┬";
        }
        if (mask == (left | right | up)) {
            return "┴";
        }
        return "┼";
    }

    /** listing *──> 1 band   listing.band_id ──> band.id  ON DELETE SET NULL  (NULL allowed: ...) */
    private List<String> relationships() {
        List<String> lines = new ArrayList<>();
        List<Relationship> all = model.relationships();
        if (all.isEmpty()) {
            lines.add("No foreign keys: no table points at another.");
            return lines;
        }
        String arrow = unicode ? "──>" : "-->";
        List<String> heading = LineWrap.wrap("Foreign keys, child " + arrow + " parent (*" + arrow
                + " 1: many rows of the child may point at one row of the parent):", width);
        String first = heading.get(0);
        lines.add(first.startsWith("Foreign keys")
                ? styles.header("Foreign keys") + first.substring("Foreign keys".length()) : first);
        lines.addAll(heading.subList(1, heading.size()));
        int children = all.stream().mapToInt(r -> ErLayout.cells(r.child())).max().orElse(0);
        int parents = all.stream().mapToInt(r -> ErLayout.cells(r.parent())).max().orElse(0);
        for (Relationship r : all) {
            String key = "  " + pad(r.child(), children) + " *" + arrow + " 1 " + pad(r.parent(), parents) + "   "
                    + r.childEnd() + " " + arrow + " " + r.parentEnd() + "  ";
            String rule = "ON DELETE " + r.rule().described();
            if (!r.optional()) {
                lines.add(key + styles.code(rule));
                continue;
            }
            String optional = "(NULL allowed: " + article(r.child()) + " need not point at " + article(r.parent()) + ")";
            if (ErLayout.cells(key + rule + "  " + optional) <= width) {
                lines.add(key + styles.code(rule) + "  " + styles.dim(optional));
            } else { // on a line of its own rather than wrapped mid-word by the terminal
                lines.add(key + styles.code(rule));
                lines.add("    " + styles.dim(optional));
            }
        }
        LineWrap.wrap("PK primary key, FK foreign key (" + (unicode ? "→" : "->")
                + " the table it points at). 'describe TABLE' shows every column and index.", width)
                .forEach(line -> lines.add(styles.dim(line)));
        return lines;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - ErLayout.cells(text)));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
