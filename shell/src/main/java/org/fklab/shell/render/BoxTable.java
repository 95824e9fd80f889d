package org.fklab.shell.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws rows as a box table, like sqlite3's {@code .mode box}: header row, numbers right-aligned, NULL
 * marked as such. Cells that are {@code null} are SQL NULLs.
 */
public final class BoxTable {

    private static final String[] UNICODE = {"┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘", "─", "│"};
    private static final String[] ASCII = {"+", "+", "+", "+", "+", "+", "+", "+", "+", "-", "|"};
    private static final int MAX_CELL = 60;

    private final List<String> headers;
    private final List<Boolean> rightAligned;
    private final List<List<Object>> rows = new ArrayList<>();
    private List<List<String>> cells;
    private Styles cellStyles;
    private int cellWidth;

    public BoxTable(List<String> headers, List<Boolean> rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = List.copyOf(rightAligned);
    }

    public BoxTable(String... headers) {
        this(List.of(headers), List.of(headers).stream().map(h -> false).toList());
    }

    /** Right-aligns the named columns (numbers). */
    public static BoxTable withNumbers(List<String> headers, List<String> numericHeaders) {
        return new BoxTable(headers, headers.stream().map(numericHeaders::contains).toList());
    }

    public BoxTable add(List<?> row) {
        rows.add(new ArrayList<>(row));
        return this;
    }

    public BoxTable add(Object... row) {
        List<Object> values = new ArrayList<>();
        for (Object value : row) {
            values.add(value);
        }
        return add(values);
    }

    public List<String> render(Styles styles, boolean unicode) {
        int[] widths = widths(styles, new int[headers.size()]);
        List<String> lines = new ArrayList<>(head(styles, unicode, widths));
        lines.addAll(body(styles, unicode, widths));
        lines.add(bottom(unicode, widths));
        return lines;
    }

    /** The width of each column: what its header and cells need, and at least {@code atLeast}. */
    public int[] widths(Styles styles, int[] atLeast) {
        int[] widths = widths(cells(styles, MAX_CELL));
        for (int c = 0; c < widths.length && c < atLeast.length; c++) {
            widths[c] = Math.max(widths[c], atLeast[c]);
        }
        return widths;
    }

    /** The box's top rule, header and the rule under it, for columns of these widths. */
    public List<String> head(Styles styles, boolean unicode, int[] widths) {
        String[] box = unicode ? UNICODE : ASCII;
        List<String> headerCells = new ArrayList<>();
        headers.forEach(h -> headerCells.add(styles.header(h)));
        return List.of(rule(box[0], box[1], box[2], box[9], widths), line(headerCells, widths, box[10], false),
                rule(box[3], box[4], box[5], box[9], widths));
    }

    /** The rows, one line each, for columns of these widths (at least those of {@link #widths}). */
    public List<String> body(Styles styles, boolean unicode, int[] widths) {
        String[] box = unicode ? UNICODE : ASCII;
        List<String> lines = new ArrayList<>();
        for (List<String> row : cells(styles, MAX_CELL)) {
            lines.add(line(row, widths, box[10], true));
        }
        return lines;
    }

    /** The rule that closes a box of these widths. */
    public static String bottom(boolean unicode, int[] widths) {
        String[] box = unicode ? UNICODE : ASCII;
        return rule(box[6], box[7], box[8], box[9], widths);
    }

    /** Columns the box of {@link #render} takes. */
    public int width(Styles styles) {
        int total = 1;
        for (int width : widths(cells(styles, MAX_CELL))) {
            total += width + 3;
        }
        return total;
    }

    /**
     * The rows one field a line, each row under a rule that numbers it, as psql's expanded display: for rows
     * too wide for the screen. Values get the room the screen has ({@code width}, 0 when unknown).
     */
    public List<String> renderExpanded(Styles styles, boolean unicode, int width) {
        List<String> lines = renderExpanded(styles, unicode, width, 1);
        if (rows.isEmpty()) {
            lines.add("(no rows)");
        }
        return lines;
    }

    /** As {@link #renderExpanded(Styles, boolean, int)}, numbering the rows from {@code firstRow}; nothing for no rows. */
    public List<String> renderExpanded(Styles styles, boolean unicode, int width, long firstRow) {
        String[] box = unicode ? UNICODE : ASCII;
        int label = headers.stream().mapToInt(Styles::width).max().orElse(0);
        int room = Math.max(MAX_CELL, width - label - 3);
        List<String> lines = new ArrayList<>();
        List<List<String>> cells = cells(styles, room);
        int widest = cells.stream().flatMap(List::stream).mapToInt(Styles::width).max().orElse(0);
        int rule = width > 0 ? Math.min(width, label + 3 + widest) : label + 3 + widest;
        for (int r = 0; r < cells.size(); r++) {
            String title = box[9] + "[ row " + (firstRow + r) + " ]";
            lines.add(title + box[9].repeat(Math.max(3, rule - Styles.width(title))));
            for (int c = 0; c < headers.size(); c++) {
                String header = headers.get(c);
                lines.add(styles.header(header) + " ".repeat(label - Styles.width(header)) + " " + box[10] + " "
                        + cells.get(r).get(c));
            }
        }
        return lines;
    }

    private List<List<String>> cells(Styles styles, int maxCell) {
        if (cells != null && cellStyles == styles && cellWidth == maxCell && cells.size() == rows.size()) {
            return cells; // a table drawn in pieces asks for its widths, then for its rows
        }
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> rendered = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                Object value = c < row.size() ? row.get(c) : null;
                rendered.add(value == null ? styles.nullValue() : clip(Values.display(value), maxCell));
            }
            cells.add(rendered);
        }
        this.cells = cells;
        this.cellStyles = styles;
        this.cellWidth = maxCell;
        return cells;
    }

    private int[] widths(List<List<String>> cells) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Styles.width(headers.get(c));
            for (List<String> row : cells) {
                widths[c] = Math.max(widths[c], Styles.width(row.get(c)));
            }
        }
        return widths;
    }

    private static String clip(String text, int max) {
        String oneLine = text.replace("\r\n", "↵").replace('\n', '↵').replace('\r', '↵').replace('\t', ' ');
        return oneLine.codePointCount(0, oneLine.length()) <= max ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String rule(String left, String middle, String right, String fill, int[] widths) {
        StringBuilder line = new StringBuilder(left);
        for (int c = 0; c < widths.length; c++) {
            line.append(fill.repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
        }
        return line.toString();
    }

    private String line(List<String> row, int[] widths, String bar, boolean align) {
        StringBuilder line = new StringBuilder(bar);
        for (int c = 0; c < widths.length; c++) {
            String cell = row.get(c);
            String pad = " ".repeat(widths[c] - Styles.width(cell));
            boolean right = align && rightAligned.get(c);
            line.append(' ').append(right ? pad + cell : cell + pad).append(' ').append(bar);
        }
        return line.toString();
    }
}
