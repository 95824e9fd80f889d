package org.fklab.shell.command.database;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.IndexInfo;
import org.fklab.domain.schema.TableDescription;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Values;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** One table's columns, keys, foreign keys (with their ON DELETE rule) and indexes. */
@Command(name = "describe", description = {"Show a table's columns, keys and indexes.",
        "Each column's type and nullability, the primary key, the foreign keys with their ON DELETE rule,",
        "the foreign keys that point at the table, and its indexes."})
public final class DescribeCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(paramLabel = "TABLE", description = "The table, e.g. listing.")
    String table;

    DescribeCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        TableDescription d = session.schema().describe(table);
        Console console = session.console();
        console.println(console.styles().header(d.name()) + " (" + Values.count(d.rows(), "row") + ")");
        Set<String> primary = Set.copyOf(d.primaryKey());
        BoxTable columns = new BoxTable("column", "type", "null?", "default", "key");
        for (ColumnInfo column : d.columns()) {
            String key = primary.contains(column.name()) ? "primary key" : d.foreignKeys().stream()
                    .filter(fk -> fk.childColumn().equals(column.name())).findFirst()
                    .map(fk -> "→ " + fk.parentTable() + "." + fk.parentColumn()).orElse("");
            String defaultValue = column.identity() ? "identity (1, 2, 3…)"
                    : column.defaultValue() == null ? "" : column.defaultValue();
            columns.add(column.name(), column.type(), column.nullable() ? "NULL ok" : "NOT NULL", defaultValue, key);
        }
        console.print(columns);
        console.println("Primary key: " + (d.primaryKey().isEmpty() ? "none" : String.join(", ", d.primaryKey())));
        console.println("Foreign keys" + (d.foreignKeys().isEmpty() ? ": none" : ":"));
        d.foreignKeys().forEach(fk -> console.println("  " + foreignKey(fk)));
        console.println("Referenced by" + (d.referencedBy().isEmpty() ? ": no foreign key points at " + d.name()
                : " (rows elsewhere that point at " + d.name() + "):"));
        d.referencedBy().forEach(fk -> console.println("  " + foreignKey(fk)));
        console.println("Indexes" + (d.indexes().isEmpty() ? ": none" : ":"));
        Set<String> keyNames = d.foreignKeys().stream().map(ForeignKeyInfo::name).collect(Collectors.toSet());
        for (IndexInfo index : d.indexes()) {
            console.println("  " + index.name() + " (" + String.join(", ", index.columns()) + ")"
                    + (index.unique() ? " unique" : "") + console.styles().dim(purpose(index, keyNames, d.primaryKey())));
        }
        return 0;
    }

    private static String foreignKey(ForeignKeyInfo fk) {
        return fk.name() + ": " + fk + "  ON DELETE " + fk.deleteRule().described();
    }

    private static String purpose(IndexInfo index, Set<String> foreignKeys, List<String> primaryKey) {
        if (foreignKeys.contains(index.name())) {
            return "  (made by HSQLDB for foreign key " + index.name() + ")";
        }
        if (index.systemMade() || index.unique() && index.columns().equals(primaryKey)) {
            return "  (made by HSQLDB for the primary key)";
        }
        return "";
    }
}
