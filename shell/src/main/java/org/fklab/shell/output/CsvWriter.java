package org.fklab.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.fklab.shell.render.Values;

/**
 * RFC 4180 CSV: a header row naming every column, then one record a row. Text is quoted and numbers are not, so
 * NULL is the only empty field ("" is an empty text), as psql's CSV output has it.
 */
final class CsvWriter implements TableWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private final CSVPrinter printer;

    CsvWriter(Writer out, List<String> headers) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(headers);
    }

    private long written;

    @Override
    public void row(List<?> values) throws IOException {
        List<Object> record = new ArrayList<>(values.size());
        for (Object value : values) {
            record.add(value == null || value instanceof Number ? value : Values.display(value));
        }
        printer.printRecord(record);
        written++;
    }

    @Override
    public void end() throws IOException {
        printer.flush();
    }

    @Override
    public long written() {
        return written;
    }
}
