package org.fklab.seed.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
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
    DATE(LocalDate.class, JdbcType.DATE, "a date such as 2024-05-01");

    private static final DateTimeFormatter TIMESTAMP_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

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
            case "TIMESTAMP": case "TIMESTAMP WITH TIME ZONE":
                return TIMESTAMP;
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

    /** The value of a non-empty cell; throws IllegalArgumentException when the text is not of this type. */
    Object parse(String cell) {
        String text = cell.strip();
        try {
            switch (this) {
                case INTEGER: return Long.valueOf(text);
                case DECIMAL: return new BigDecimal(text);
                case DOUBLE: return Double.valueOf(text);
                case BOOLEAN: return parseBoolean(text);
                case TIMESTAMP: return LocalDateTime.parse(text, TIMESTAMP_FORMAT);
                case DATE: return LocalDate.parse(text);
                default: return cell;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("is not " + expected);
        }
    }

    private static Boolean parseBoolean(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": return Boolean.TRUE;
            case "false": case "no": case "0": return Boolean.FALSE;
            default: throw new NumberFormatException(text);
        }
    }
}
