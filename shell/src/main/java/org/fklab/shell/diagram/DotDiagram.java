package org.fklab.shell.diagram;

import java.util.List;

import org.fklab.shell.diagram.ErModel.Column;
import org.fklab.shell.diagram.ErModel.Relationship;
import org.fklab.shell.diagram.ErModel.Table;

/**
 * The diagram in Graphviz's DOT language: a node per table whose label is an HTML-like table of its columns,
 * an edge per foreign key from the child's column to the parent's, labelled with the ON DELETE rule.
 * {@code dot -Tpng schema.dot -o schema.png} draws it, parents on the left.
 */
final class DotDiagram {

    private final ErModel model;

    DotDiagram(ErModel model) {
        this.model = model;
    }

    String render() {
        StringBuilder dot = new StringBuilder();
        dot.append("// Tables and foreign keys, drawn by fklab: ").append(model.tables().size()).append(" tables, ")
                .append(model.relationships().size()).append(" foreign keys.\n");
        dot.append("// Each edge runs from a child's column to the parent's, labelled with its ON DELETE rule.\n");
        dot.append("// Draw it with: dot -Tsvg FILE -o schema.svg\n");
        dot.append("digraph schema {\n");
        dot.append("  graph [rankdir=RL, fontname=\"Helvetica\", nodesep=0.5, ranksep=1.2];\n");
        dot.append("  node [shape=plaintext, fontname=\"Helvetica\", fontsize=11];\n");
        dot.append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#3b4252\", arrowhead=normal];\n");
        for (Table table : model.tables()) {
            dot.append("\n  ").append(quoted(table.name())).append(" [label=<\n");
            dot.append("    <table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
            dot.append("      <tr><td colspan=\"3\" bgcolor=\"#dfe8f5\"><b>").append(html(table.name()))
                    .append("</b></td></tr>\n");
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                String key = c.primaryKey() && c.foreignKey() ? "PK FK" : c.primaryKey() ? "PK" : c.foreignKey() ? "FK" : "";
                String reference = c.foreignKey() ? " → " + String.join(", ", c.references()) : "";
                dot.append("      <tr><td align=\"left\">").append(key.isEmpty() ? " " : "<b>" + key + "</b>")
                        .append("</td><td align=\"left\" port=\"c").append(i).append("\">").append(html(c.name()))
                        .append("</td><td align=\"left\">").append(html(c.type() + (c.nullable() || c.primaryKey() ? "" : " NOT NULL")
                        + reference)).append("</td></tr>\n");
            }
            dot.append("    </table>>];\n");
        }
        if (!model.relationships().isEmpty()) {
            dot.append("\n");
        }
        for (Relationship r : model.relationships()) {
            dot.append("  ").append(quoted(r.child())).append(port(r.child(), r.columns().get(0))).append(" -> ")
                    .append(quoted(r.parent())).append(port(r.parent(), r.parentColumns().get(0)))
                    .append(" [label=").append(quoted("ON DELETE " + r.rule().sql()))
                    .append(", taillabel=\"*\", headlabel=").append(r.optional() ? "\"0..1\"" : "\"1\"")
                    .append(", tooltip=").append(quoted(r.childEnd() + " → " + r.parentEnd())).append("];\n");
        }
        dot.append("}\n");
        return dot.toString();
    }

    /** {@code :"c2"}, the port of the column's cell, or nothing when the column is not in the table. */
    private String port(String table, String column) {
        List<Column> columns = model.table(table).map(Table::columns).orElse(List.of());
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return ":\"c" + i + "\"";
            }
        }
        return "";
    }

    /** A DOT quoted string: only \" is an escape there, and a backslash would start one in a label. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ") + "\"";
    }

    /** Text inside an HTML-like label, which must be well-formed XML. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
