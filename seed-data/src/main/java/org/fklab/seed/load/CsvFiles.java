package org.fklab.seed.load;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.QuoteMode;
import org.fklab.seed.SeedException;

/**
 * Opens a CSV the way spreadsheets write them: UTF-8 with or without a byte-order mark, comma or semicolon
 * separated (told apart by the header row), quoted fields that may hold separators, quotes and line breaks.
 * An empty field is NULL; a quoted empty field ({@code ""}) is an empty text, as {@code seed export} writes it.
 */
final class CsvFiles {

    private static final char BOM = '\uFEFF';

    private CsvFiles() {
    }

    /** A parser positioned after the header row, counting the bytes it reads into {@code counter}. */
    static CSVParser open(CsvSource source, ByteCounter counter) throws IOException {
        BufferedReader reader = reader(source, counter);
        char delimiter = detectDelimiter(reader);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setQuoteMode(QuoteMode.ALL_NON_NULL) // an unquoted empty field reads as null
                .get();
        try {
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            reader.close();
            throw new SeedException(source.name() + ":1: the header row cannot be read (" + e.getMessage()
                    + "). The first row must name the columns, e.g. id,name");
        }
    }

    /** The header's column names, in order. */
    static List<String> header(CSVParser parser, CsvSource source) {
        List<String> names = parser.getHeaderNames();
        if (names.isEmpty()) {
            throw new SeedException(source.name() + ":1: the file is empty. The first row must name the columns,"
                    + " e.g. id,name");
        }
        return names;
    }

    private static BufferedReader reader(CsvSource source, ByteCounter counter) throws IOException {
        InputStream bytes = new FilterInputStream(source.opener().open()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counter.count++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counter.count += n;
                }
                return n;
            }
        };
        Reader decoder = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        BufferedReader reader = new BufferedReader(decoder, 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != BOM) {
            reader.reset();
        }
        return reader;
    }

    /** A semicolon in the header row outside quotes, and no comma there, means semicolon-separated. */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0, c = reader.read(); c >= 0 && i < (1 << 15) - 1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** Whether a failure while reading is a decoding failure: the file is not UTF-8. */
    static boolean notUtf8(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** Bytes read so far from a source. */
    static final class ByteCounter {
        long count;
    }
}
