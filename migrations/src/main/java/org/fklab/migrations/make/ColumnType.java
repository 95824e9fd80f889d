package org.fklab.migrations.make;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fklab.migrations.MigrationException;

/** A column type a learner may give to makemigration, checked before anything is written. */
record ColumnType(String ddl, Kind kind) {

    /** How a default value of this type is written in a changelog. */
    enum Kind { TEXT, NUMBER, BOOLEAN, DATE }

    private static final Pattern SIZED = Pattern.compile("(varchar|char)\\((\\d{1,7})\\)");
    private static final Pattern DECIMAL = Pattern.compile("(decimal|numeric)\\((\\d{1,3})(,\\s*\\d{1,3})?\\)");

    static final String KNOWN = "varchar(N), char(N), bigint, integer, smallint, boolean, date, timestamp,"
            + " decimal(P,S), double";

    static ColumnType parse(String typed) {
        String type = typed.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            if (Integer.parseInt(sized.group(2)) == 0) {
                throw new MigrationException("A " + sized.group(1) + " column needs a size of at least 1, e.g. varchar(100).");
            }
            return new ColumnType(type, Kind.TEXT);
        }
        if (DECIMAL.matcher(type).matches()) {
            return new ColumnType(type, Kind.NUMBER);
        }
        switch (type) {
            case "bigint": case "integer": case "smallint": case "double":
                return new ColumnType(type, Kind.NUMBER);
            case "int":
                return new ColumnType("integer", Kind.NUMBER);
            case "boolean":
                return new ColumnType(type, Kind.BOOLEAN);
            case "date": case "timestamp":
                return new ColumnType(type, Kind.DATE);
            case "varchar": case "char":
                throw new MigrationException(type + " needs a size, e.g. " + type + "(100).");
            default:
                throw new MigrationException("'" + typed + "' is not a column type fklab knows. Use one of: " + KNOWN + ".");
        }
    }

    /** The type of a column the database has; one fklab does not offer to makemigration counts as text. */
    static ColumnType ofLive(String ddl) {
        try {
            return parse(ddl);
        } catch (MigrationException e) {
            return new ColumnType(ddl, Kind.TEXT);
        }
    }

    /**
     * The changelog attribute that gives a column back the default the database reports as SQL ({@code 5},
     * {@code 'rock'}, {@code TRUE}, {@code CURRENT_TIMESTAMP}).
     */
    static String defaultAttributeOfSql(String sql) {
        if (sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'")) {
            return "defaultValue: " + Yaml.quote(sql.substring(1, sql.length() - 1).replace("''", "'"));
        }
        if (sql.equalsIgnoreCase("TRUE") || sql.equalsIgnoreCase("FALSE")) {
            return "defaultValueBoolean: " + sql.toLowerCase(Locale.ROOT);
        }
        try {
            new java.math.BigDecimal(sql);
            return "defaultValueNumeric: " + sql;
        } catch (NumberFormatException e) {
            return "defaultValueComputed: " + Yaml.quote(sql);
        }
    }

    /** The changelog attribute that sets a default of this type, with the value checked. */
    String defaultAttribute(String value) {
        switch (kind) {
            case NUMBER:
                try {
                    new java.math.BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new MigrationException("The default '" + value + "' is not a number, but the column is " + ddl + ".");
                }
                return "defaultValueNumeric: " + value;
            case BOOLEAN:
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new MigrationException("The default of a boolean column is true or false, not '" + value + "'.");
                }
                return "defaultValueBoolean: " + value.toLowerCase(Locale.ROOT);
            case DATE:
                return "defaultValueDate: " + Yaml.quote(value);
            default:
                return "defaultValue: " + Yaml.quote(value);
        }
    }
}
