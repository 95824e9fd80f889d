package org.fklab.shell.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Things a person picks by name (demos, datasets), one a line: the name, then what it is, in full. Long text
 * is left to the console, which wraps it under the text column; a note goes on the line below, dimmed.
 */
public final class NamedList {

    private record Entry(String name, String text, String note) {
    }

    private final String heading;
    private final List<Entry> entries = new ArrayList<>();

    public NamedList(String heading) {
        this.heading = heading;
    }

    /** @param note a second line under the text, or empty */
    public NamedList add(String name, String text, String note) {
        entries.add(new Entry(name, text, note));
        return this;
    }

    public void print(Console console) {
        Styles styles = console.styles();
        int width = entries.stream().mapToInt(e -> Styles.width(e.name())).max().orElse(0);
        console.println(heading);
        for (Entry entry : entries) {
            String gap = " ".repeat(width - Styles.width(entry.name()) + 2);
            console.println("  " + styles.code(entry.name()) + gap + entry.text());
            if (!entry.note().isEmpty()) {
                console.println("  " + " ".repeat(width + 2) + styles.dim(entry.note()));
            }
        }
    }
}
