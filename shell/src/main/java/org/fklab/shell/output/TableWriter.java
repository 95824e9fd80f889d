package org.fklab.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.fklab.shell.render.Console;
import org.fklab.shell.render.Format;
import org.fklab.shell.render.Styles;

/** Writes one table in one format, a row at a time, so that a long table is never held whole. */
interface TableWriter {

    /** One row, a value per column; a SQL NULL is {@code null}. */
    void row(List<?> values) throws IOException;

    /** After the last row. */
    void end() throws IOException;

    /**
     * The rows written out so far: all that {@link #row} took, but for a box table those still waiting for the rest
     * of their thousand (a stop then says how many were shown).
     */
    long written();

    /**
     * @param width the width of the screen the table is shown on, 0 for a file or a pipe (box tables are then never
     *              turned one field a line by themselves)
     */
    static TableWriter of(Format format, Writer out, List<String> headers, List<Boolean> numeric, Styles styles,
                          boolean unicode, Console.Expanded expanded, int width) throws IOException {
        return switch (format) {
            case box -> new BoxWriter(out, headers, numeric, styles, unicode, expanded, width);
            case csv -> new CsvWriter(out, headers);
            case json -> new JsonWriter(out, headers);
            case markdown -> new MarkdownWriter(out, headers, numeric);
        };
    }
}
