package org.fklab.tutorials.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.TableDescription;

/**
 * Puts what a check looks at into the learner's words: a condition such as {@code title = 'Tour hoodie'} becomes
 * "the listing titled Tour hoodie", a row becomes "band 1, De La Soul".
 */
final class Wording {

    /** One {@code column = 'text'} (or {@code column = 12}) of a condition made only of such parts joined by AND. */
    record Equality(String column, String value) {
    }

    private static final Pattern EQUALITY = Pattern.compile(
            "\\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?\\s*=\\s*(?:'((?:[^']|'')*)'|(-?\\d+))\\s*");
    private static final Set<String> FKLAB_COMMANDS = Set.of("band", "listing", "author", "book");

    private Wording() {
    }

    /** The parts of {@code where} when it is only equalities joined by AND; empty otherwise. */
    static List<Equality> equalities(String where) {
        List<Equality> parts = new ArrayList<>();
        for (String part : where.split("(?i)\\s+AND\\s+")) {
            Matcher m = EQUALITY.matcher(part);
            if (!m.matches()) {
                return List.of();
            }
            parts.add(new Equality(m.group(1).toLowerCase(Locale.ROOT),
                    m.group(2) != null ? m.group(2).replace("''", "'") : m.group(3)));
        }
        return parts;
    }

    /** The label a condition gives a row, when it picks the row by its name or title: "Tour hoodie". */
    static Optional<String> label(String where) {
        List<Equality> parts = equalities(where);
        return parts.size() == 1 && (parts.get(0).column().equals("name") || parts.get(0).column().equals("title"))
                ? Optional.of(parts.get(0).value()) : Optional.empty();
    }

    /** "a band named De La Soul", "a listing titled Tour hoodie", "a listing where band_id IS NULL". */
    static String some(String table, String where) {
        List<Equality> parts = equalities(where);
        if (parts.size() == 1) {
            Equality only = parts.get(0);
            switch (only.column()) {
                case "name": return article(table) + " " + table + " named " + only.value();
                case "title": return article(table) + " " + table + " titled " + only.value();
                case "id": return table + " " + only.value();
                default: break;
            }
        }
        return article(table) + " " + table + " where " + where.strip();
    }

    /** "Tour hoodie", or "the listing where …": how to name the row a condition picks, as a subject. */
    static String subject(String table, String where) {
        return label(where).orElseGet(() -> {
            List<Equality> parts = equalities(where);
            if (parts.size() == 1 && parts.get(0).column().equals("id")) {
                return table + " " + parts.get(0).value();
            }
            return "the " + table + " where " + where.strip();
        });
    }

    /** "band 1, De La Soul" (or "band 1" for a table without a name or title column). */
    static String row(TableDescription table, Object id, Object label) {
        return table.name() + " " + id + (label == null ? "" : ", " + label);
    }

    /** "1 listing", "3 listings". */
    static String count(long n, String table) {
        return n + " " + plural(table, n);
    }

    static String plural(String table, long n) {
        if (n == 1) {
            return table;
        }
        return table.endsWith("s") || table.endsWith("x") ? table + "es" : table + "s";
    }

    /** "ids 4 and 5", "ids 4, 5 and 6". */
    static String ids(List<?> ids) {
        List<String> text = ids.stream().map(String::valueOf).toList();
        if (text.size() == 1) {
            return "id " + text.get(0);
        }
        return "ids " + String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.get(text.size() - 1);
    }

    /** The command that deletes a row: fklab's own for its tables, SQL otherwise. */
    static String deleteCommand(String table, Object id) {
        return FKLAB_COMMANDS.contains(table) ? table + " delete " + id
                : "sql DELETE FROM " + table + " WHERE id = " + id + ";";
    }

    /** "Tour hoodie, Cut Copy t-shirt and 2 more". */
    static String listed(List<String> names, int at) {
        if (names.size() <= at) {
            return names.size() <= 1 ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return names.subList(0, at).stream().collect(Collectors.joining(", ")) + " and " + (names.size() - at)
                + " more";
    }

    /** The column that names a row for people, as stored (NAME or TITLE), if the table has one. */
    static Optional<String> labelColumn(TableDescription table) {
        return Schema.labelColumn(table.columns());
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
