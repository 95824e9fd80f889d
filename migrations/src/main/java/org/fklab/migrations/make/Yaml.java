package org.fklab.migrations.make;

/** The little YAML writing makemigration needs: indentation and safely quoted strings. */
final class Yaml {

    private final StringBuilder text = new StringBuilder();

    /** A double-quoted YAML string: any text survives, including quotes, colons and non-ASCII letters. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"': quoted.append("\\\""); break;
                case '\\': quoted.append("\\\\"); break;
                case '\n': quoted.append("\\n"); break;
                case '\t': quoted.append("\\t"); break;
                default: quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    Yaml line(int indent, String content) {
        text.append(" ".repeat(indent)).append(content).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
