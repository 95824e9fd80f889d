package org.fklab.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

import org.fklab.shell.render.Styles;
import org.fklab.shell.render.Values;

/**
 * The box format of a parent-and-children table ({@code id, name, book_id, book_title}: one row a child, a parent
 * without children once with NULLs): each parent's name, then its children under it, as {@code author list
 * --with-books} has always shown them.
 */
final class NestedWriter implements TableWriter {

    private final Writer out;
    private final Styles styles;
    private final String none;
    private Object parent;
    private boolean first = true;

    /** @param none what a parent without children shows under its name: {@code (no books)} */
    NestedWriter(Writer out, Styles styles, String none) {
        this.out = out;
        this.styles = styles;
        this.none = none;
    }

    private long written;

    @Override
    public void row(List<?> values) throws IOException {
        if (first || !Objects.equals(values.get(0), parent)) {
            first = false;
            parent = values.get(0);
            out.write(styles.header(Values.display(values.get(1))) + "\n");
        }
        Object child = values.get(3);
        out.write(values.get(2) == null ? "  " + styles.dim(none) + "\n" : "  • " + Values.display(child) + "\n");
        written++;
    }

    @Override
    public void end() {
    }

    @Override
    public long written() {
        return written;
    }
}
