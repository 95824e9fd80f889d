package org.fklab.seed.load;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.fklab.domain.schema.ColumnInfo;

/**
 * Turns one file's CSV records into its table's values, checking every cell against its column (type, length,
 * NULL, the parent it names) before the database sees it; each cell it refuses is noted with its file:line.
 */
final class RowConversion {

    private final TableTarget target;
    private final Problems problems;
    private final KeyTracker keys;
    /** For each field, as messages name it ({@code listing.band_id}) and its type as DDL writes it: made once. */
    private final String[] labels;
    private final String[] ddlTypes;

    RowConversion(TableTarget target, Problems problems, KeyTracker keys) {
        this.target = target;
        this.problems = problems;
        this.keys = keys;
        List<TableTarget.Field> fields = target.fields();
        labels = new String[fields.size()];
        ddlTypes = new String[fields.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = target.displayTable() + "." + fields.get(i).column().name();
            ddlTypes[i] = fields.get(i).column().type();
        }
    }

    /** The record on {@code line} as values for its table, with each cell that cannot go in noted as a problem. */
    ConvertedRow convert(CSVRecord record, int width, long line) {
        if (record.size() != width) {
            problems.add(where(line) + "this row has " + record.size() + (record.size() == 1 ? " value" : " values")
                    + " but the header names " + width + " columns. Check for a missing or extra separator, or an"
                    + " unclosed quote.");
            return new ConvertedRow.WrongWidth();
        }
        List<TableTarget.Field> fields = target.fields();
        Object[] values = new Object[fields.size()];
        boolean complete = true;
        for (int i = 0; i < fields.size(); i++) {
            TableTarget.Field field = fields.get(i);
            String text = record.get(i);
            Cell cell = cell(i, field, text);
            if (cell instanceof Cell.Value value) {
                values[i] = value.value();
            } else {
                problems.add(where(line) + "column " + field.header() + ": " + Cell.shown(text) + " "
                        + ((Cell.Refused) cell).reason());
                complete = false;
            }
        }
        return new ConvertedRow.Values(values, complete);
    }

    private String where(long line) {
        return target.source().name() + ":" + line + ": ";
    }

    private Cell cell(int index, TableTarget.Field field, String cell) {
        ColumnInfo column = field.column();
        boolean text = field.type() == CellType.TEXT && !field.byNaturalKey();
        if (cell == null || (cell.isEmpty() && !text)) {
            if (column.nullable() || column.defaultValue() != null) {
                return Cell.of(null);
            }
            if (column.identity()) {
                return Cell.refused("is empty: every row needs an id when the file has an id column"
                        + " (or leave the column out and the database numbers the rows).");
            }
            return Cell.refused("is empty, but " + labels[index] + " cannot be NULL. Give it a value.");
        }
        if (field.byNaturalKey()) {
            return keys.idForName(field, cell);
        }
        Cell parsed = field.type().parse(cell, labels[index], ddlTypes[index]);
        if (!(parsed instanceof Cell.Value value)) {
            return parsed;
        }
        Integer max = column.maxLength();
        if (max != null && cell.length() > max) { // HSQLDB counts UTF-16 units, as String.length() does
            return Cell.refused("is " + cell.length() + " characters long; " + labels[index]
                    + " holds at most " + max + ".");
        }
        if (field.foreignKey().isPresent()) {
            Cell parent = keys.requireId(field, value.value());
            if (parent instanceof Cell.Refused) {
                return parent;
            }
        }
        return parsed;
    }
}
