package org.fklab.shell.script;

import java.io.BufferedReader;
import java.io.IOException;

import org.fklab.shell.repl.FklabParser;

/**
 * Reads commands from a script or standard input, one a line; a {@code sql} command goes on over the
 * following lines until its closing {@code ;}. Blank lines and lines starting with {@code #} are skipped.
 */
public final class ScriptReader {

    /**
     * One command and where it starts ({@code demo.fk:3}). {@code unfinished} marks a {@code sql} command
     * whose statement was still open when the input ended.
     */
    public record Command(String location, String text, boolean unfinished) {
    }

    private final BufferedReader reader;
    /** The name errors are prefixed with; empty for a single {@code -c} command, which needs no ';'. */
    private final String name;
    private int lineNumber;

    public ScriptReader(BufferedReader reader, String name) {
        this.reader = reader;
        this.name = name;
    }

    /** The next command, or null at the end. */
    public Command next() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int start = lineNumber;
            StringBuilder text = new StringBuilder(line);
            boolean unfinished = false;
            if (FklabParser.isSql(line)) {
                String more;
                while (!FklabParser.sqlComplete(text.toString()) && (more = reader.readLine()) != null) {
                    lineNumber++;
                    text.append('\n').append(more);
                }
                unfinished = !FklabParser.sqlComplete(text.toString());
            }
            return new Command(name.isEmpty() ? "" : name + ":" + start, text.toString(), unfinished);
        }
        return null;
    }
}
