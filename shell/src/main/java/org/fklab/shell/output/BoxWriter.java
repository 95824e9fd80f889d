package org.fklab.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Styles;

/**
 * A box table drawn a thousand rows at a time, as psql does with FETCH_COUNT: the columns are as wide as the first
 * rows need; when later rows need more room, the box is closed and a wider one, with the header again, goes on.
 * Whether the rows are shown one field a line ({@code expanded auto}) is decided by the first thousand.
 */
final class BoxWriter implements TableWriter {

    static final int BATCH = 1000;

    private final Writer out;
    private final List<String> headers;
    private final List<Boolean> numeric;
    private final Styles styles;
    private final boolean unicode;
    private final Console.Expanded expanded;
    private final int width;
    private BoxTable batch;
    private boolean oneFieldALine;
    private int[] widths;
    private int inBatch;
    private long written;

    BoxWriter(Writer out, List<String> headers, List<Boolean> numeric, Styles styles, boolean unicode,
              Console.Expanded expanded, int width) {
        this.out = out;
        this.headers = headers;
        this.numeric = numeric;
        this.styles = styles;
        this.unicode = unicode;
        this.expanded = expanded;
        this.width = width;
        this.batch = new BoxTable(headers, numeric);
    }

    @Override
    public void row(List<?> values) throws IOException {
        batch.add(values);
        if (++inBatch == BATCH) {
            drawBatch();
        }
    }

    @Override
    public void end() throws IOException {
        if (inBatch > 0 || written == 0) {
            drawBatch();
        }
        if (oneFieldALine && written == 0) {
            println("(no rows)");
        } else if (!oneFieldALine) {
            println(BoxTable.bottom(unicode, widths));
        }
    }

    private void drawBatch() throws IOException {
        if (widths == null && !oneFieldALine) {
            oneFieldALine = switch (expanded) {
                case on -> true;
                case off -> false;
                case auto -> width > 0 && batch.width(styles) > width;
            };
        }
        if (oneFieldALine) {
            List<String> lines = batch.renderExpanded(styles, unicode, width, written + 1);
            int linesARow = headers.size() + 1;
            for (int i = 0; i < lines.size(); i++) {
                println(lines.get(i));
                if ((i + 1) % linesARow == 0) {
                    written++;
                }
            }
        } else {
            int[] needed = batch.widths(styles, widths == null ? new int[headers.size()] : widths);
            if (widths != null && !Arrays.equals(needed, widths)) {
                println(BoxTable.bottom(unicode, widths)); // the rows below need wider columns: a new box
                widths = null;
            }
            if (widths == null) {
                for (String line : batch.head(styles, unicode, needed)) {
                    println(line);
                }
            }
            widths = needed;
            for (String line : batch.body(styles, unicode, widths)) {
                println(line);
                written++;
            }
        }
        inBatch = 0;
        batch = new BoxTable(headers, numeric);
    }

    @Override
    public long written() {
        return written;
    }

    private void println(String line) throws IOException {
        out.write(line + "\n");
    }
}
