package org.fklab.seed.load;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.QuoteMode;

/**
 * Opens a CSV the way spreadsheets write them: UTF-8 with or without a byte-order mark, comma or semicolon
 * separated (told apart by the header row), quoted fields that may hold separators, quotes and line breaks.
 * An empty field is NULL; a quoted empty field ({@code ""}) is an empty text, as {@code seed export} writes it.
 */
final class CsvFiles {

    static final String NOT_UTF8 = "this is not UTF-8 text. Save the file as \"CSV UTF-8\" from the spreadsheet.";

    private static final char BOM = '\uFEFF';

    private CsvFiles() {
    }

    /** A parser at the start of the file (the header row is its first record), counting the bytes it reads. */
    static CSVParser parser(CsvSource source, ByteCounter counter) throws IOException {
        BufferedReader reader = reader(source.opener().open(), counter);
        try {
            char delimiter = detectDelimiter(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setQuoteMode(QuoteMode.ALL_NON_NULL) // an unquoted empty field reads as null
                    .get();
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static BufferedReader reader(InputStream in, ByteCounter counter) throws IOException {
        InputStream bytes = new FilterInputStream(in) {
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
        BufferedReader reader = new BufferedReader(new Utf8Reader(bytes), 1 << 16);
        try {
            reader.mark(1);
            int first = reader.read();
            if (first != BOM) {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Semicolon-separated when the header row (the first line with text) has more semicolons than commas
     * outside quotes.
     */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        int limit = 1 << 15;
        reader.mark(limit);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean text = false;
        for (int i = 0, c = reader.read(); c >= 0 && i < limit - 1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (text) {
                    break;
                }
                continue;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            text = true;
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** The decoding failure somewhere in {@code failure}'s causes, or null when the file is UTF-8 so far. */
    static Utf8Reader.NotUtf8Exception notUtf8(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Utf8Reader.NotUtf8Exception) {
                return (Utf8Reader.NotUtf8Exception) t;
            }
        }
        return null;
    }

    /** What is wrong with a record the parser could not read, and how to fix it. */
    static String explainUnreadable(Throwable failure) {
        String message = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("before encapsulated token finished")) {
            return "a quoted field starts here and is never closed: the file ends inside it. Close the quote (a"
                    + " quote inside a quoted field is written twice: \"\").";
        }
        if (lower.contains("between encapsulated token and delimiter")) {
            return "a quoted field is followed by text before the next separator. Put the whole field in quotes,"
                    + " and write a quote inside it twice: \"\".";
        }
        return "cannot read the file: " + message;
    }

    /**
     * The first line after {@code line} that has text (the parser skips empty lines): where the record after
     * the one ending on {@code line} starts. Reads the file again, so only for a record that failed.
     */
    static long firstLineWithTextAfter(CsvSource source, long line) {
        try (Reader reader = new BufferedReader(new InputStreamReader(source.opener().open(),
                StandardCharsets.UTF_8))) {
            long current = 1;
            boolean text = false;
            LineBreaks breaks = new LineBreaks();
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                if (breaks.ends(c)) {
                    if (current > line && text) {
                        return current;
                    }
                    current++;
                    text = false;
                } else if (c != BOM && c != '\n') { // an LF here finishes a CR LF
                    text = true;
                }
            }
            return current > line && text ? current : line + 1;
        } catch (IOException | RuntimeException e) {
            return line + 1;
        }
    }

    /** Bytes read so far from a source. */
    static final class ByteCounter {
        long count;
    }
}
