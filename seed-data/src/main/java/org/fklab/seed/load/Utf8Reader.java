package org.fklab.seed.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV's UTF-8 and, at the first bytes that are not UTF-8, tells the line they are on. The text
 * before those bytes is handed out first, so the rows before that line are read (and checked) as usual and
 * the failure surfaces exactly where the reader reaches it, not where a read-ahead buffer happened to.
 */
final class Utf8Reader extends Reader {

    /** The bytes at {@link #line()} are not UTF-8. */
    static final class NotUtf8Exception extends CharacterCodingException {

        private static final long serialVersionUID = 1L;

        private final long line;

        NotUtf8Exception(long line) {
            this.line = line;
        }

        long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return "line " + line + " is not UTF-8";
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
    private boolean endOfInput;
    private boolean flushed;
    private NotUtf8Exception failure;
    private long line = 1;
    private final LineBreaks breaks = new LineBreaks();

    Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip(); // empty, ready to be read from
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (flushed) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            int decoded = out.position() - offset;
            countLines(target, offset, decoded);
            if (result.isError()) {
                failure = new NotUtf8Exception(line);
                if (decoded > 0) {
                    return decoded; // the good text first; the next read throws
                }
                throw failure;
            }
            if (decoded > 0) {
                return decoded;
            }
            if (endOfInput) {
                flushed = true;
                decoder.flush(out); // UTF-8 keeps nothing back: this ends the decoding
                return -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    /** Counts the lines the characters end, as the CSV parser does. */
    private void countLines(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = chars[i];
            if (breaks.ends(c)) {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
