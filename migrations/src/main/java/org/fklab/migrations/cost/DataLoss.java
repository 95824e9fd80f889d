package org.fklab.migrations.cost;

/**
 * Data a migration step destroys: the non-null values of a dropped column, or the rows of a dropped table.
 *
 * @param migration the migration whose step drops it
 * @param table     lower case
 * @param column    lower case, or null when the whole table goes
 * @param count     non-null values (column) or rows (table) that will be lost
 */
public record DataLoss(String migration, String table, String column, long count) {

    public boolean wholeTable() {
        return column == null;
    }

    /** "drops listing.band_id: 3 non-null values lost" */
    public String describe() {
        return wholeTable()
                ? migration + " drops table " + table + ": " + count + (count == 1 ? " row" : " rows") + " lost"
                : migration + " drops " + table + "." + column + ": " + count + " non-null "
                + (count == 1 ? "value" : "values") + " lost";
    }
}
