package org.fklab.shell.render;

/** Text with its control characters shown as people write them ({@code ^[} for escape), so a message never sends one. */
public final class Visible {

    private Visible() {
    }

    public static String of(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == 0x7f) {
                shown.append("^?");
            } else if (c < 0x20) {
                shown.append('^').append((char) (c + 0x40));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
