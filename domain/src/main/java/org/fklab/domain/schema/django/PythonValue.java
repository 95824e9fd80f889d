package org.fklab.domain.schema.django;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A column's SQL DEFAULT written as the Python value that Django's default= takes, with its import. */
record PythonValue(String expression, Optional<String> importLine) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("DATE\\s*'(\\d{4})-(\\d{2})-(\\d{2})'");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "TIMESTAMP\\s*'(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6})\\d*)?'");
    private static final List<String> NOW = List.of("CURRENT_TIMESTAMP", "LOCALTIMESTAMP", "NOW()");
    private static final String DATETIME = "import datetime";

    /** Whether the column has no default: none at all, or DEFAULT NULL, which is the same. */
    static boolean none(String sql) {
        return sql == null || sql.isBlank() || sql.strip().equalsIgnoreCase("NULL");
    }

    /** The value, or empty when the default is an expression that default= has no Python value for. */
    static Optional<PythonValue> of(String sql, FieldType type) {
        String value = sql.strip();
        String upper = value.toUpperCase(Locale.ROOT);
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return plain(PythonNames.quoted(value.substring(1, value.length() - 1).replace("''", "'")));
        }
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            return plain(upper.equals("TRUE") ? "True" : "False");
        }
        if (NUMBER.matcher(value).matches()) {
            return type.fieldClass().equals("DecimalField")
                    ? Optional.of(new PythonValue("Decimal(\"" + value + "\")", Optional.of("from decimal import Decimal")))
                    : plain(value);
        }
        Matcher date = DATE.matcher(value);
        if (date.matches()) {
            return Optional.of(new PythonValue("datetime.date(" + numbers(date, 3) + ")", Optional.of(DATETIME)));
        }
        Matcher timestamp = TIMESTAMP.matcher(value);
        if (timestamp.matches()) {
            String micro = timestamp.group(7) == null ? "" : (timestamp.group(7) + "00000").substring(0, 6);
            String fraction = micro.isEmpty() || Integer.parseInt(micro) == 0 ? "" : ", " + Integer.parseInt(micro);
            return Optional.of(new PythonValue("datetime.datetime(" + numbers(timestamp, 6) + fraction + ")",
                    Optional.of(DATETIME)));
        }
        if (NOW.contains(upper) && type.fieldClass().equals("DateTimeField")) {
            return Optional.of(new PythonValue("timezone.now", Optional.of("from django.utils import timezone")));
        }
        if ((NOW.contains(upper) || upper.equals("CURRENT_DATE")) && type.fieldClass().equals("DateField")) {
            return Optional.of(new PythonValue("datetime.date.today", Optional.of(DATETIME)));
        }
        return Optional.empty();
    }

    /** The first {@code count} groups as Python integers: 2024, 1, 2 (Python refuses 01). */
    private static String numbers(Matcher matcher, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.valueOf(Integer.parseInt(matcher.group(i))))
                .collect(Collectors.joining(", "));
    }

    private static Optional<PythonValue> plain(String expression) {
        return Optional.of(new PythonValue(expression, Optional.empty()));
    }
}
