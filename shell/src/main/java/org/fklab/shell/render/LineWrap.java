package org.fklab.shell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.utils.AttributedString;
import org.jline.utils.WCWidth;

/**
 * Prose broken at spaces to fit a width, so that a terminal never splits a word in two. Styles carry over, a
 * continuation lines up under the line's last column (text after a gap of two or more spaces, as in a list of
 * names and descriptions), under the text of a {@code #} comment, or else keeps the line's indentation, and a
 * word longer than the width is cut where it must be.
 */
public final class LineWrap {

    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

    private LineWrap() {
    }

    /** {@code line} (one line, ANSI styles allowed) as lines of at most {@code width} columns; 0 means any width. */
    public static List<String> wrap(String line, int width) {
        if (width <= 0 || Styles.width(line) <= width) {
            return List.of(line);
        }
        AttributedString text = AttributedString.fromAnsi(line);
        String plain = text.toString();
        int indented = 0;
        while (indented < plain.length() && plain.charAt(indented) == ' ') {
            indented++;
        }
        String indent = " ".repeat(hangingIndent(plain, indented, width));
        List<String> lines = new ArrayList<>();
        int start = 0;
        boolean first = true;
        while (start < plain.length()) {
            int room = width - (first ? 0 : indent.length());
            int wordsFrom = start + (first ? indented : 0);
            int columns = 0;
            int i = start;
            int space = -1;
            while (i < plain.length()) {
                int c = plain.codePointAt(i);
                int w = Math.max(0, WCWidth.wcwidth(c));
                if (columns + w > room) {
                    break;
                }
                if (c == ' ' && i > wordsFrom) {
                    space = i;
                }
                columns += w;
                i += Character.charCount(c);
            }
            int end;
            int next;
            if (i >= plain.length()) {
                end = plain.length();
                next = end;
            } else if (plain.charAt(i) == ' ' && i > wordsFrom) {
                end = i;
                next = i + 1;
            } else if (space > 0) {
                end = space;
                next = space + 1;
            } else {
                end = Math.max(i, start + Character.charCount(plain.codePointAt(start))); // a word wider than the line
                next = end;
            }
            while (end > start && plain.charAt(end - 1) == ' ' && end - 1 >= wordsFrom) {
                end--;
            }
            lines.add((first ? "" : indent) + text.subSequence(start, end).toAnsi());
            while (next < plain.length() && plain.charAt(next) == ' ') {
                next++;
            }
            start = next;
            first = false;
        }
        return lines;
    }

    /** Where continuation lines start: under the last column that starts in the first two thirds of the width. */
    private static int hangingIndent(String plain, int indented, int width) {
        int hang = indented < width / 2 ? indented : 0;
        if (plain.startsWith("# ", indented)) {
            hang += 2; // a comment (a demo's narration) continues under its text, not under the #
        }
        Matcher gap = COLUMN_GAP.matcher(plain);
        while (gap.find()) {
            int column = Styles.width(plain.substring(0, gap.end()));
            if (column > 2 * width / 3) {
                break;
            }
            hang = Math.max(hang, column);
        }
        return hang;
    }
}
