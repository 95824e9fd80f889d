package org.fklab.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.fklab.shell.render.Values;

/**
 * A GitHub markdown table, to paste into an issue or a README: numbers right-aligned, NULL in italics as the box
 * shows it apart, and the characters that would end a cell or start emphasis escaped.
 */
final class MarkdownWriter implements TableWriter {

    private final Writer out;
    private final int columns;

    MarkdownWriter(Writer out, List<String> headers, List<Boolean> numeric) throws IOException {
        this.out = out;
        this.columns = headers.size();
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            header.append(' ').append(cell(headers.get(c))).append(" |");
            rule.append(c < numeric.size() && numeric.get(c) ? " ---: |" : " --- |");
        }
        out.write(header + "\n" + rule + "\n");
    }

    private long written;

    @Override
    public void row(List<?> values) throws IOException {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            Object value = c < values.size() ? values.get(c) : null;
            line.append(' ').append(value == null ? "*NULL*" : cell(Values.display(value))).append(" |");
        }
        out.write(line.append('\n').toString());
        written++;
    }

    @Override
    public void end() {
    }

    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*")
                .replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }

    @Override
    public long written() {
        return written;
    }
}
