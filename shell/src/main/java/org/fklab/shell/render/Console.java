package org.fklab.shell.render;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Where a command's output goes: results on {@code out}, problems on {@code err}, styled or not, and tables
 * drawn to fit the screen (one field a line when a table is wider than the terminal).
 */
public final class Console {

    /** When tables are shown one field a line: when they do not fit the terminal, always, or never. */
    public enum Expanded { auto, on, off }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Styles styles;
    private final boolean unicode;
    private final IntSupplier width;
    private Expanded expanded = Expanded.auto;
    private Format format = Format.box;
    private String location = "";

    /**
     * @param unicode whether line-drawing characters can be shown
     * @param width   the terminal's width in columns, 0 when unknown (a pipe or a file: tables are never expanded
     *                automatically there)
     */
    public Console(PrintWriter out, PrintWriter err, Styles styles, boolean unicode, IntSupplier width) {
        this.out = out;
        this.err = err;
        this.styles = styles;
        this.unicode = unicode;
        this.width = width;
    }

    /** Output that is not a terminal: Unicode, no width. */
    public Console(PrintWriter out, PrintWriter err, Styles styles) {
        this(out, err, styles, true, () -> 0);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Styles styles() {
        return styles;
    }

    /** Whether box tables and diagrams may use line-drawing characters. */
    public boolean unicode() {
        return unicode;
    }

    /** The terminal's width in columns; 0 when the output is not a terminal. */
    public int width() {
        return width.getAsInt();
    }

    public Expanded expanded() {
        return expanded;
    }

    public void setExpanded(Expanded expanded) {
        this.expanded = expanded;
    }

    /** How lists and query results are written: box tables, or a format to take away. */
    public Format format() {
        return format;
    }

    public void setFormat(Format format) {
        this.format = format;
    }

    /** Prints text, broken at spaces to fit the terminal (a pipe or a file gets it as it is). */
    public void println(String text) {
        for (String line : text.split("\\R", -1)) {
            LineWrap.wrap(line, width()).forEach(out::println);
        }
    }

    public void println() {
        out.println();
    }

    /** Prints a table as a box, or one field a line when it is set so or the box would not fit the terminal. */
    public void print(BoxTable table) {
        boolean oneFieldALine = switch (expanded) {
            case on -> true;
            case off -> false;
            case auto -> width() > 0 && table.width(styles) > width();
        };
        (oneFieldALine ? table.renderExpanded(styles, unicode, width()) : table.render(styles, unicode))
                .forEach(out::println);
    }

    /** Where the command being run came from ({@code demo.fk:3}), named in front of its errors. */
    public void setLocation(String location) {
        this.location = location == null ? "" : location;
    }

    /** A problem: one message that names the cause and the fix. */
    public void error(String message) {
        out.flush();
        String text = (location.isEmpty() ? "" : location + ": ") + styles.error("error:") + " " + message;
        for (String line : text.split("\\R", -1)) {
            LineWrap.wrap(line, width()).forEach(err::println);
        }
        err.flush();
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
