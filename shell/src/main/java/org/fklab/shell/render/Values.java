package org.fklab.shell.render;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How values read from the database are written for people. */
public final class Values {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private Values() {
    }

    public static String display(Object value) {
        if (value instanceof LocalDateTime) {
            return TIMESTAMP.format((LocalDateTime) value);
        }
        if (value instanceof Timestamp) {
            return TIMESTAMP.format(((Timestamp) value).toLocalDateTime());
        }
        if (value instanceof byte[]) {
            return "<" + ((byte[]) value).length + " bytes>";
        }
        return String.valueOf(value);
    }

    /** {@code 1 band}, {@code 3 bands} */
    public static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
