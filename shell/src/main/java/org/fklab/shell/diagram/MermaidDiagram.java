package org.fklab.shell.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.fklab.shell.diagram.ErModel.Column;
import org.fklab.shell.diagram.ErModel.Relationship;
import org.fklab.shell.diagram.ErModel.Table;

/**
 * The diagram as a Mermaid {@code erDiagram}, which GitHub and GitLab draw in a Markdown {@code mermaid} block:
 * an entity per table with its columns (PK, FK), and per foreign key the crow's-foot relationship
 * {@code BAND |o--o{ LISTING}: a listing has zero or one band when its band_id may be NULL, exactly one
 * when it may not; a band has zero or more listings.
 */
final class MermaidDiagram {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ATTRIBUTE_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_()\\[\\]-]*");

    private final ErModel model;

    MermaidDiagram(ErModel model) {
        this.model = model;
    }

    String render() {
        List<String> lines = new ArrayList<>();
        lines.add("erDiagram");
        lines.add("    %% Tables and foreign keys, drawn by fklab: " + model.tables().size() + " tables, "
                + model.relationships().size() + " foreign keys.");
        lines.add("    %% PARENT ||--o{ CHILD: each child row points at exactly one parent row (|o: at most one,");
        lines.add("    %% its column may be NULL); a parent row has zero or more children. The label names the rule.");
        for (Table table : model.tables()) {
            lines.add("    " + entity(table.name()) + " {");
            for (Column c : table.columns()) {
                List<String> keys = new ArrayList<>();
                if (c.primaryKey()) {
                    keys.add("PK");
                }
                if (c.foreignKey()) {
                    keys.add("FK");
                }
                List<String> notes = new ArrayList<>();
                String name = word(c.name());
                if (!name.equals(c.name())) {
                    notes.add("column " + c.name());
                }
                if (c.foreignKey()) {
                    notes.add("→ " + String.join(", ", c.references()));
                }
                if (!c.nullable() && !c.primaryKey()) {
                    notes.add("NOT NULL");
                }
                lines.add("        " + word(c.type()) + " " + name + (keys.isEmpty() ? "" : " " + String.join(", ", keys))
                        + (notes.isEmpty() ? "" : " " + comment(String.join(", ", notes))));
            }
            lines.add("    }");
        }
        for (Relationship r : model.relationships()) {
            lines.add("    " + entity(r.parent()) + " " + (r.optional() ? "|o" : "||") + "--o{ " + entity(r.child())
                    + " : " + comment(r.columnList() + " (ON DELETE " + r.rule().sql() + ")"));
        }
        return String.join("\n", lines) + "\n";
    }

    /** BAND for band; a name Mermaid cannot read bare goes in double quotes, without what quotes cannot hold. */
    private static String entity(String table) {
        if (PLAIN_NAME.matcher(table).matches()) {
            return table.toUpperCase(Locale.ROOT);
        }
        return "\"" + table.replaceAll("[\"%\\\\\\p{Cntrl}]", "_") + "\"";
    }

    /** A type or column name as Mermaid reads an attribute: letters, digits, _ - ( ) [ ]; others become _. */
    private static String word(String text) {
        if (ATTRIBUTE_WORD.matcher(text).matches()) {
            return text;
        }
        String word = text.replaceAll("[^A-Za-z0-9_()\\[\\]-]", "_");
        return Character.isLetter(word.charAt(0)) || word.charAt(0) == '_' ? word : "_" + word;
    }

    private static String comment(String text) {
        return "\"" + text.replace("\"", "'").replace("\r", " ").replace("\n", " ") + "\"";
    }
}
