package org.fklab.shell.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The few styles fklab uses, as ANSI escapes on a colour terminal and as plain text everywhere else
 * (pipes, scripts, {@code NO_COLOR}, {@code --no-color}).
 */
public final class Styles {

    private final boolean color;

    public Styles(boolean color) {
        this.color = color;
    }

    public static Styles plain() {
        return new Styles(false);
    }

    public boolean color() {
        return color;
    }

    public String header(String text) {
        return style(text, AttributedStyle.BOLD);
    }

    /** How a SQL NULL looks: never like an empty string or the text "NULL" in a colour terminal. */
    public String nullValue() {
        return style("NULL", AttributedStyle.DEFAULT.italic().foreground(AttributedStyle.MAGENTA));
    }

    public String error(String text) {
        return style(text, AttributedStyle.BOLD.foreground(AttributedStyle.RED));
    }

    public String success(String text) {
        return style(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN));
    }

    public String warning(String text) {
        return style(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
    }

    public String dim(String text) {
        return style(text, AttributedStyle.DEFAULT.faint());
    }

    public String code(String text) {
        return style(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    private String style(String text, AttributedStyle style) {
        return color ? new AttributedString(text, style).toAnsi() : text;
    }

    /** Columns the text takes on a terminal, ignoring escapes and counting wide characters as two. */
    public static int width(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return AttributedString.fromAnsi(text).columnLength();
            }
        }
        return text.length(); // plain ASCII, the common case in a long table
    }
}
