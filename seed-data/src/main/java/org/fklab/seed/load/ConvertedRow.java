package org.fklab.seed.load;

/** A CSV row converted to its table's values, cell by cell: whole, with some cells refused, or not at all. */
sealed interface ConvertedRow permits ConvertedRow.Values, ConvertedRow.WrongWidth {

    /**
     * The row's values, one a field; {@code complete} when every cell converted, else the refused cells are null
     * here (their problems are noted) and the row is not inserted, though its other values may still be pointed at.
     */
    record Values(Object[] values, boolean complete) implements ConvertedRow {
    }

    /** The row has more or fewer cells than the header names columns: none of them is converted. */
    record WrongWidth() implements ConvertedRow {
    }
}
