package org.fklab.shell.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.fklab.domain.DomainException;
import org.fklab.domain.IoErrors;

/**
 * A script file (a --script, a file for {@code source}, a demo), read whole and checked before any of it runs: a byte
 * that is not UTF-8 is named with its line, and nothing runs, rather than the commands before it running and the
 * rest skipped without a word.
 */
public final class ScriptFile {

    /** Far more than any script a person writes: a larger file is refused, not read into memory. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private ScriptFile() {
    }

    /** The file's commands, ready for a {@link ScriptReader}. */
    public static ScriptReader open(Path file) {
        return new ScriptReader(new BufferedReader(new StringReader(read(file))), file.toString());
    }

    /** The file's text, checked as a script's is. */
    public static String text(Path file) {
        return read(file);
    }

    private static String read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DomainException(file + " is " + Files.size(file) / (1024 * 1024) + " MB: far larger than a"
                        + " script, so fklab does not read it. Give it a file of commands, one a line.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("Cannot read " + file + ": " + IoErrors.explain(e, file) + ".", e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new DomainException(file + ":" + line + ": byte 0x" + String.format(Locale.ROOT, "%02X",
                    bytes[at] & 0xff) + " is not UTF-8 text (perhaps the file was saved as Latin-1 or Windows-1252)."
                    + " Nothing was run: save the file as UTF-8 and run it again.");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark is not a command
    }
}
