package org.fklab.shell.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fklab.shell.repl.FklabParser;

/**
 * Reads commands from a script or standard input, one a line; a {@code sql} command goes on over the
 * following lines until its closing {@code ;}. Blank lines are skipped; lines starting with {@code #} are
 * comments, which a demo shows as the narration of the command that follows them. A command that starts
 * with {@code !} is one that should fail (a demo showing a refusal): the script goes on when it does.
 */
public final class ScriptReader {

    /**
     * One command and where it starts ({@code demo.fk:3}). {@code unfinished} marks a {@code sql} command
     * whose statement was still open when the input ended; {@code notes} are the comment lines just above
     * it (no blank line between), without their {@code #}; {@code failureExpected} marks a command written with a
     * leading {@code !} (not part of its text).
     */
    public record Command(String location, String text, boolean unfinished, List<String> notes,
                          boolean failureExpected) {
    }

    private final BufferedReader reader;
    /** The name errors are prefixed with; empty for a single {@code -c} command, which needs no ';'. */
    private final String name;
    private int lineNumber;
    private final List<String> notes = new ArrayList<>();

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
            if (stripped.startsWith("#")) {
                notes.add(stripped.substring(1).strip());
                continue;
            }
            if (stripped.isEmpty()) {
                notes.clear(); // a comment separated by a blank line is not about the next command
                continue;
            }
            int start = lineNumber;
            boolean failureExpected = stripped.startsWith("!");
            if (failureExpected) {
                line = stripped.substring(1).strip();
            }
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
            Command command = new Command(name.isEmpty() ? "" : name + ":" + start, text.toString(), unfinished,
                    List.copyOf(notes), failureExpected);
            notes.clear();
            return command;
        }
        return null;
    }
}
