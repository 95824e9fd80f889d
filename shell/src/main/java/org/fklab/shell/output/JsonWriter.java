package org.fklab.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fklab.shell.render.Values;

/**
 * A JSON array with one object a row, keyed by column label: NULL is null, numbers and booleans are themselves,
 * everything else is a string. One row a line, so that a long array can be read as it comes.
 */
final class JsonWriter implements TableWriter {

    private final Writer out;
    private final List<String> keys;
    private boolean first = true;

    JsonWriter(Writer out, List<String> headers) throws IOException {
        this.out = out;
        this.keys = distinct(headers);
        out.write('[');
    }

    /** Labels as object keys, each once: a second {@code id} becomes {@code id_2}. */
    private static List<String> distinct(List<String> headers) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (String header : headers) {
            String key = header;
            for (int n = 2; !used.add(key); n++) {
                key = header + "_" + n;
            }
            keys.add(key);
        }
        return keys;
    }

    private long written;

    @Override
    public void row(List<?> values) throws IOException {
        StringBuilder line = new StringBuilder(first ? "\n  {" : ",\n  {");
        first = false;
        for (int c = 0; c < keys.size(); c++) {
            if (c > 0) {
                line.append(", ");
            }
            string(line, keys.get(c));
            line.append(": ");
            value(line, c < values.size() ? values.get(c) : null);
        }
        out.write(line.append('}').toString());
        written++;
    }

    @Override
    public void end() throws IOException {
        out.write(first ? "]\n" : "\n]\n");
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            json.append(Double.isFinite(d) ? value.toString() : "null"); // JSON has no NaN or Infinity
        } else if (value instanceof BigDecimal) {
            json.append(((BigDecimal) value).toString());
        } else if (value instanceof Number) {
            json.append(value);
        } else {
            string(json, Values.display(value));
        }
    }

    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    @Override
    public long written() {
        return written;
    }
}
