package org.fklab.seed.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.apache.ibatis.type.JdbcType;

/** How a CSV cell becomes a value of its column's type, checked before the database sees it. */
enum CellType {
    INTEGER(Long.class, JdbcType.BIGINT, "a whole number such as 42"),
    DECIMAL(BigDecimal.class, JdbcType.DECIMAL, "a number such as 4.50"),
    DOUBLE(Double.class, JdbcType.DOUBLE, "a number such as 4.5"),
    BOOLEAN(Boolean.class, JdbcType.BOOLEAN, "true or false"),
    TEXT(String.class, JdbcType.VARCHAR, "text"),
    TIMESTAMP(LocalDateTime.class, JdbcType.TIMESTAMP, "a date and time such as 2024-05-01 14:30:00"),
    /** With an offset ({@code +02:00}, {@code Z}) or without one (the session's time zone). */
    TIMESTAMP_WITH_TIME_ZONE(Object.class, JdbcType.TIMESTAMP_WITH_TIMEZONE,
            "a date and time such as 2024-05-01 14:30:00+02:00"),
    DATE(LocalDate.class, JdbcType.DATE, "a date such as 2024-05-01");

    /** {@code 2024-05-01 14:30}, seconds and fractions optional, a T or a space between; no February 30. */
    private static final DateTimeFormatter TIMESTAMP_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter TIMESTAMP_WITH_OFFSET_FORMAT = new DateTimeFormatterBuilder()
            .append(TIMESTAMP_FORMAT)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final Class<?> javaType;
    private final JdbcType jdbcType;
    private final String expected;

    CellType(Class<?> javaType, JdbcType jdbcType, String expected) {
        this.javaType = javaType;
        this.jdbcType = jdbcType;
        this.expected = expected;
    }

    /** The cell type for a column of HSQLDB type {@code typeName} (BIGINT, VARCHAR, TIMESTAMP...). */
    static CellType forColumn(String typeName) {
        switch (typeName) {
            case "TINYINT": case "SMALLINT": case "INTEGER": case "BIGINT":
                return INTEGER;
            case "DECIMAL": case "NUMERIC":
                return DECIMAL;
            case "REAL": case "FLOAT": case "DOUBLE":
                return DOUBLE;
            case "BOOLEAN":
                return BOOLEAN;
            case "TIMESTAMP":
                return TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE":
                return TIMESTAMP_WITH_TIME_ZONE;
            case "DATE":
                return DATE;
            default:
                return TEXT;
        }
    }

    Class<?> javaType() {
        return javaType;
    }

    JdbcType jdbcType() {
        return jdbcType;
    }

    String expected() {
        return expected;
    }

    /**
     * The value of a non-empty cell for {@code column} ({@code ticket.price}) of type {@code columnType} (as in
     * DDL: {@code DECIMAL(6,2)}), or, refused, the end of a sentence about the cell when the text is not of this type
     * or does not fit the column.
     */
    Cell parse(String cell, String column, String columnType) {
        String text = cell.strip();
        try {
            switch (this) {
                case INTEGER: return wholeNumber(text, column + " (" + columnType + ")", columnType);
                case DECIMAL: return decimal(text, column + " (" + columnType + ")", columnType);
                case DOUBLE: return Cell.of(Double.valueOf(text));
                case BOOLEAN: return parseBoolean(text);
                case TIMESTAMP: return Cell.of(LocalDateTime.parse(text, TIMESTAMP_FORMAT));
                case TIMESTAMP_WITH_TIME_ZONE: return Cell.of(timestampWithTimeZone(text));
                case DATE: return Cell.of(LocalDate.parse(text));
                default: return Cell.of(cell);
            }
        } catch (NumberFormatException | DateTimeParseException e) { // the JDK's parsers' only way to say no
            return notThisType();
        }
    }

    private Cell notThisType() {
        return Cell.refused("is not " + expected);
    }

    private static Cell wholeNumber(String text, String column, String columnType) {
        long min;
        long max;
        switch (baseType(columnType)) {
            case "TINYINT": min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; break;
            case "SMALLINT": min = Short.MIN_VALUE; max = Short.MAX_VALUE; break;
            case "INTEGER": min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; break;
            default: min = Long.MIN_VALUE; max = Long.MAX_VALUE; break;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            // not a number at all (BigInteger throws too), or a whole number beyond even BIGINT
            boolean negative = new BigInteger(text).signum() < 0;
            return outOfRange(negative, column, min, max);
        }
        if (value < min || value > max) {
            return outOfRange(value < 0, column, min, max);
        }
        return Cell.of(value);
    }

    private static Cell outOfRange(boolean negative, String column, long min, long max) {
        return Cell.refused("is too " + (negative ? "small" : "big") + " for " + column
                + ", which holds whole numbers from " + min + " to " + max + ".");
    }

    private static Cell decimal(String text, String column, String columnType) {
        BigDecimal value = new BigDecimal(text);
        int open = columnType.indexOf('(');
        if (open < 0) {
            return Cell.of(value);
        }
        String[] sizes = columnType.substring(open + 1, columnType.length() - 1).split(",");
        int precision = Integer.parseInt(sizes[0].strip());
        int scale = sizes.length > 1 ? Integer.parseInt(sizes[1].strip()) : 0;
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        int before = Math.max(exact.precision() - exact.scale(), 0);
        if (before > precision - scale) {
            return Cell.refused("has " + before + " digits before the decimal point; " + column
                    + " holds at most " + (precision - scale) + " there (and " + scale + " after it).");
        }
        if (exact.scale() > scale) {
            return Cell.refused("has " + exact.scale() + " digits after the decimal point; " + column
                    + " keeps " + scale + " and would round it. Round it to " + scale
                    + (scale == 1 ? " digit." : " digits."));
        }
        return Cell.of(value);
    }

    private static Object timestampWithTimeZone(String text) {
        TemporalAccessor parsed = TIMESTAMP_WITH_OFFSET_FORMAT.parseBest(text, OffsetDateTime::from,
                LocalDateTime::from);
        return parsed;
    }

    private static String baseType(String columnType) {
        int paren = columnType.indexOf('(');
        return paren < 0 ? columnType : columnType.substring(0, paren);
    }

    private Cell parseBoolean(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": return Cell.of(Boolean.TRUE);
            case "false": case "no": case "0": return Cell.of(Boolean.FALSE);
            default: return notThisType();
        }
    }
}
