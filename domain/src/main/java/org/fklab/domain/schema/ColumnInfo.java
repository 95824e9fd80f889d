package org.fklab.domain.schema;

/** One column as the database describes it. */
public final class ColumnInfo {

    private String name;
    private String typeName;
    private Integer columnSize;
    private Integer decimalDigits;
    private String isNullable;
    private String columnDef;
    private String isAutoincrement;

    public String name() {
        return Names.display(name);
    }

    public String storedName() {
        return name;
    }

    /** The type as it would be written in DDL: VARCHAR(100), BIGINT, TIMESTAMP. */
    public String type() {
        if (columnSize != null && (typeName.contains("CHAR") || typeName.equals("VARBINARY"))) {
            return typeName + "(" + columnSize + ")";
        }
        if (columnSize != null && (typeName.equals("DECIMAL") || typeName.equals("NUMERIC"))) {
            return typeName + "(" + columnSize + (decimalDigits == null ? "" : "," + decimalDigits) + ")";
        }
        return typeName;
    }

    /** The type without its size: VARCHAR, DECIMAL, TIMESTAMP WITH TIME ZONE. */
    public String typeName() {
        return typeName;
    }

    /** The size the database reports: a text or binary column's length, a DECIMAL's digits in all. */
    public Integer size() {
        return columnSize;
    }

    /** A DECIMAL's digits after the point. */
    public Integer scale() {
        return decimalDigits;
    }

    /** The most characters a text column holds, or null for other types. */
    public Integer maxLength() {
        return typeName.contains("CHAR") ? columnSize : null;
    }

    public boolean nullable() {
        return "YES".equals(isNullable);
    }

    public String defaultValue() {
        return columnDef;
    }

    public boolean identity() {
        return "YES".equals(isAutoincrement);
    }
}
