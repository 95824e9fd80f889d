package org.fklab.shell.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How the rows of a list or a query are written: box tables for people, or CSV, JSON and GitHub markdown to take
 * away, which hold only the data (no count underneath, no colour) so that the output parses as it is.
 */
public enum Format {
    box, csv, json, markdown;

    /** Whether only the data is written: every format but box. */
    public boolean dataOnly() {
        return this != box;
    }

    /** The format a file's extension names: .csv, .json, .md or .markdown; empty for any other. */
    public static Optional<Format> ofFile(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (text.endsWith(".csv")) {
            return Optional.of(csv);
        }
        if (text.endsWith(".json")) {
            return Optional.of(json);
        }
        if (text.endsWith(".md") || text.endsWith(".markdown")) {
            return Optional.of(markdown);
        }
        return Optional.empty();
    }
}
