package org.fklab.domain.schema.django;

import java.util.Set;

/** SQL allows names that Python or Django refuse; these turn a table or column name into one they accept. */
final class PythonNames {

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private PythonNames() {
    }

    /** listing → Listing, band_member → BandMember: a model's class name from its table's. */
    static String className(String table) {
        StringBuilder name = new StringBuilder();
        for (String word : table.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String result = name.length() > 0 && Character.isLetter(name.charAt(0)) ? name.toString() : "Table" + name;
        return KEYWORDS.contains(result) ? result + "Model" : result;
    }

    /**
     * The column's own name when Python and Django accept it as a field's; otherwise the nearest they do,
     * made as Django's inspectdb makes it (class → class_field, 2nd → number_2nd, a__b → a_b).
     */
    static String fieldName(String column) {
        String name = column.replaceAll("[^\\p{L}\\p{N}_]+", "_").replaceAll("_{2,}", "_");
        while (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1); // Django refuses a field name that ends with _
        }
        if (name.isEmpty()) {
            return "field";
        }
        if (Character.isDigit(name.charAt(0))) {
            name = "number_" + name;
        }
        return KEYWORDS.contains(name) || name.equals("pk") ? name + "_field" : name;
    }

    /** A Python string literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
