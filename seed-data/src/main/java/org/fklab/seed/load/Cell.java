package org.fklab.seed.load;

/**
 * What one CSV cell comes to: the value for its column, or why it has none (the end of a sentence about the cell,
 * such as "is not a whole number"). Conversion and parent lookups answer with it, so a bad cell is a value to
 * report, not an exception to catch.
 */
sealed interface Cell permits Cell.Value, Cell.Refused {

    /** The cell's value for its column (null for NULL). */
    record Value(Object value) implements Cell {
    }

    /** The cell cannot go into its column, and why. */
    record Refused(String reason) implements Cell {
    }

    static Cell of(Object value) {
        return new Value(value);
    }

    static Cell refused(String reason) {
        return new Refused(reason);
    }

    /** A cell as a message quotes it: in quotes, shortened past 40 characters, line breaks written out. */
    static String shown(String cell) {
        if (cell == null) {
            return "(empty)";
        }
        String shown = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }
}
