package org.fklab.shell.command.database;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.CreateStatements;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.IndexInfo;
import org.fklab.domain.schema.TableDescription;
import org.fklab.domain.schema.django.DjangoModels;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Values;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One table's columns, keys, foreign keys (with their ON DELETE rule) and indexes, or the Django model it is. */
@Command(name = "describe", description = {"Show a table's columns, keys and indexes.",
        "Each column's type and nullability, the primary key, the foreign keys with their ON DELETE rule,",
        "the foreign keys that point at the table, and its indexes."},
        footer = {"", "With --as django, the Django model that the table is now: a ForeignKey with its on_delete and",
                "related_name for each foreign key, auto_now_add/auto_now for created_at/updated_at, and a comment",
                "wherever Django says it differently (NO ACTION, a type Django has no field for). related_name is",
                "fklab's name for the reverse side (a band's listings); for other tables, the table's name in the",
                "plural. Django would name the table <app>_<model>; Meta.db_table = \"listing\" keeps this name.",
                "", "With --as sql, the CREATE TABLE statement (with its keys and constraints) and the CREATE INDEX",
                "statements, as HSQLDB writes them in its own script of the database: sqlite3's .schema.",
                "", "Examples:", "  describe listing", "  describe book --as django",
                "  describe --as django         every table, each after the tables it points at",
                "  describe listing --as sql    the CREATE statements of listing"})
public final class DescribeCommand implements Callable<Integer> {

    /** The languages a table can be described in besides fklab's own: a Django model, or SQL's CREATE statements. */
    enum Language { django, sql }

    private final ShellSession session;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class, arity = "0..1",
            description = "The table, e.g. listing.")
    String table;

    @Option(names = "--as", paramLabel = "django|sql", description = {
            "Show the Django model the table corresponds to now (django),", "or the statements that create it (sql).",
            "Without TABLE: every table's, parents first."})
    Language as;

    DescribeCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (as == Language.django) {
            printDjango();
            return 0;
        }
        if (as == Language.sql) {
            CreateStatements statements = new CreateStatements(session.sandbox());
            session.console().out().print(table == null ? statements.all() : statements.table(table));
            return 0;
        }
        if (table == null) {
            throw new CommandLine.MissingParameterException(spec.commandLine(), spec.positionalParameters().get(0),
                    "TABLE");
        }
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
        for (IndexInfo index : d.indexes()) {
            console.println("  " + index.name() + " (" + String.join(", ", index.columns()) + ")"
                    + (index.unique() ? " unique" : "")
                    + console.styles().dim(purpose(index, d.foreignKeys(), d.primaryKey())));
        }
        return 0;
    }

    /** As it is, unwrapped: Python's lines must not break, so that they can be copied into a models.py. */
    private void printDjango() {
        DjangoModels models = new DjangoModels(session.schema().describeAll());
        String text = table == null ? models.all() : models.model(session.schema().describe(table).name());
        session.console().out().print(text);
    }

    private static String foreignKey(ForeignKeyInfo fk) {
        return fk.name() + ": " + fk + "  ON DELETE " + fk.deleteRule().described();
    }

    private static String purpose(IndexInfo index, List<ForeignKeyInfo> foreignKeys, List<String> primaryKey) {
        if (foreignKeys.stream().anyMatch(fk -> fk.name().equals(index.name()))) {
            return "  (made by HSQLDB for foreign key " + index.name() + ")";
        }
        if (index.systemMade() || index.unique() && index.columns().equals(primaryKey)) {
            return "  (made by HSQLDB for the primary key)";
        }
        Optional<ForeignKeyInfo> sameColumn = foreignKeys.stream()
                .filter(fk -> !index.unique() && index.columns().equals(List.of(fk.childColumn()))).findFirst();
        if (sameColumn.isPresent()) {
            return "  (the column HSQLDB's own index for " + sameColumn.get().name() + " covers already: HSQLDB could"
                    + " do without it; the migration adds it, as Django's does, for engines that index no foreign key,"
                    + " such as PostgreSQL)";
        }
        return "";
    }
}
