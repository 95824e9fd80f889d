package org.fklab.seed.load;

/**
 * Line breaks as the CSV parser counts them: a CR, an LF and a CR LF each end one line. The one count behind every
 * line number a load reports: where the reader is, where a record ends, where the next one starts.
 */
final class LineBreaks {

    private boolean afterCr;

    /** Whether {@code c}, the next character, ends a line: a CR, or an LF that does not finish a CR LF. */
    boolean ends(int c) {
        boolean ends = c == '\r' || (c == '\n' && !afterCr);
        afterCr = c == '\r';
        return ends;
    }

    /** How many lines the breaks in {@code text} end. */
    static long in(CharSequence text) {
        LineBreaks breaks = new LineBreaks();
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (breaks.ends(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
