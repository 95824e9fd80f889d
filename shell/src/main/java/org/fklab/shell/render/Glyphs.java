package org.fklab.shell.render;

/** Line-drawing characters, or their ASCII stand-ins where the output cannot show them. */
public final class Glyphs {

    private static final String UNICODE = "●│├┘┐─┼┬┴";
    private static final String ASCII = "*|+'.-+++";

    private Glyphs() {
    }

    public static String lines(String text, boolean unicode) {
        if (unicode) {
            return text;
        }
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = UNICODE.indexOf(c);
            ascii.append(at < 0 ? c : ASCII.charAt(at));
        }
        return ascii.toString();
    }
}
