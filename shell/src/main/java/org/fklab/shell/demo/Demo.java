package org.fklab.shell.demo;

import java.nio.file.Path;

/**
 * A demo: its name, the script's text and, for an instructor's own, its file (null for a built-in one).
 * The first comment line of the script is its title.
 */
public record Demo(String name, String text, Path file) {

    public boolean builtIn() {
        return file == null;
    }

    /** The first comment of the script, without its {@code #}; the name when there is none. */
    public String title() {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#")).map(l -> l.substring(1).strip())
                .filter(l -> !l.isEmpty()).findFirst().orElse(name);
    }

    /** Where it comes from, as {@code demo list} and error locations name it. */
    public String origin() {
        return builtIn() ? name + DemoCatalog.EXTENSION : file.toString();
    }
}
