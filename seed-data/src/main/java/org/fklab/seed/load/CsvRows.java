package org.fklab.seed.load;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fklab.seed.SeedException;

/**
 * One CSV being read: its header row, then its records one at a time, each with the physical line it starts
 * on (a record with a quoted line break spans several). A file that cannot be read on says so with the line
 * of the record it stopped at.
 */
final class CsvRows implements Closeable {

    /** A record and the line it starts on. */
    record Row(CSVRecord record, long line) {
    }

    /** The file cannot be read past {@link #line()}; the message says why and what to do. */
    static final class UnreadableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long line;

        UnreadableException(long line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final CsvSource source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerLine;
    private long lastLine;

    private CsvRows(CsvSource source, CSVParser parser) {
        this.source = source;
        this.parser = parser;
        this.records = parser.iterator();
        Row first;
        try {
            first = next();
        } catch (UnreadableException e) {
            throw new SeedException(source.name() + ":" + e.line() + ": " + e.getMessage());
        }
        if (first == null) {
            throw new SeedException(source.name() + ":1: the file is empty. The first row must name the columns,"
                    + " e.g. id,name");
        }
        List<String> names = new ArrayList<>();
        first.record().forEach(name -> names.add(name == null ? "" : name));
        this.header = List.copyOf(names);
        this.headerLine = first.line();
    }

    /** Opens the source and reads its header row (a SeedException says what is wrong with it). */
    static CsvRows open(CsvSource source, CsvFiles.ByteCounter counter) throws IOException {
        CSVParser parser = CsvFiles.parser(source, counter);
        try {
            return new CsvRows(source, parser);
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** The column names of the header row, as written (an unnamed column is ""). */
    List<String> header() {
        return header;
    }

    /** The line the header row is on (after any empty lines). */
    long headerLine() {
        return headerLine;
    }

    /** The next record, or null after the last. */
    Row next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            long end = parser.getCurrentLineNumber();
            lastLine = end;
            return new Row(record, end - lineBreaksIn(record));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    private UnreadableException unreadable(RuntimeException e) {
        Utf8Reader.NotUtf8Exception notUtf8 = CsvFiles.notUtf8(e);
        if (notUtf8 != null) {
            return new UnreadableException(notUtf8.line(), CsvFiles.NOT_UTF8, e);
        }
        long line = CsvFiles.firstLineWithTextAfter(source, lastLine);
        return new UnreadableException(line, CsvFiles.explainUnreadable(e), e);
    }

    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            if (value == null) {
                continue;
            }
            breaks += LineBreaks.in(value);
        }
        return breaks;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
