package org.fklab.shell.command.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.engine.DeleteRule;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.make.MigrationMaker;
import org.fklab.migrations.make.Operation;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.ExclusiveOptions;
import org.fklab.shell.command.UsageMistake;
import org.fklab.shell.render.Console;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes one migration into the workspace's migrations folder and prints it. */
@ChangesWorkspace
@Command(name = "makemigration", description = {"Write a new migration that does OPERATION.",
        "It builds on its parent: the latest migration, or --parent. Without a number, NAME gets the parent's",
        "number + 1, so two migrations made from 0004 are both 0005_..., as on two version-control branches.",
        "With --from-drift and no OPERATION it writes the drift (schema changes made with 'sql') as the",
        "migration and records it as applied: unapplying it undoes those changes."},
        subcommands = {MakeMigrationCommand.AddColumn.class, MakeMigrationCommand.AddForeignKey.class,
                MakeMigrationCommand.AlterForeignKey.class, MakeMigrationCommand.AlterColumn.class,
                MakeMigrationCommand.DropColumn.class,
                MakeMigrationCommand.CreateTable.class, MakeMigrationCommand.RenameColumn.class,
                MakeMigrationCommand.AddIndex.class},
        footer = {"", "Examples:", "  makemigration band_genre add-column band genre varchar(50)",
                "  makemigration listing_label add-fk listing label_id --references label --on-delete set-null",
                "  makemigration band_website --parent 0004 add-column band website varchar(200)",
                "  makemigration listing_band_default alter-column listing band_id --default 5",
                "  makemigration keep_my_changes --from-drift"})
public final class MakeMigrationCommand implements Callable<Integer> {

    private final ShellSession session;

    @Parameters(index = "0", paramLabel = "NAME", description = "The migration's name, e.g. band_genre.")
    String name;

    @Option(names = "--parent", paramLabel = "MIGRATION", completionCandidates = CompletionCandidates.Migrations.class,
            description = "A migration to build on (repeatable).")
    List<String> parents = new ArrayList<>();

    @Option(names = "--from-drift", description = "Write the drift as the migration (takes no OPERATION): it is"
            + " recorded as applied, since the database already has it.")
    boolean fromDrift;

    @Spec
    CommandSpec spec;

    MakeMigrationCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (fromDrift) {
            Migrations migrations = session.migrations();
            MigrationMaker.Written written = migrations.makeFromDrift(name, parents);
            List<String> parentNames = migrations.graph().get(written.name()).parents();
            show(session, written, "It is recorded as applied without running it: the database already has these"
                    + " changes, so there is no drift now. Unapplying it ('migrate " + (parentNames.isEmpty() ? "zero"
                    : parentNames.get(0)) + "') undoes them.");
            return 0;
        }
        throw new UsageMistake(spec, "makemigration " + name + " needs an operation: add-column, add-fk, alter-fk,"
                + " alter-column, drop-column, create-table, rename-column or add-index (or --from-drift, to write"
                + " the drift). 'help makemigration add-column' shows one.");
    }

    int write(Operation operation) {
        if (fromDrift) {
            throw new UsageMistake(spec, "--from-drift writes the drift as the migration, so it takes no operation:"
                    + " run 'makemigration " + name + " --from-drift' alone, or leave out --from-drift.");
        }
        show(session, session.migrations().make(name, parents, operation));
        return 0;
    }

    /** Prints a migration just written and not applied yet. */
    static void show(ShellSession session, MigrationMaker.Written written) {
        show(session, written, "It is not applied yet: 'migrate' applies it, 'sqlmigrate " + written.name()
                + "' shows its SQL.");
    }

    private static void show(ShellSession session, MigrationMaker.Written written, String status) {
        Console console = session.console();
        console.println(console.styles().success("Wrote " + written.name()) + " to " + written.file() + ":");
        written.text().lines().forEach(line -> console.println("  " + (line.startsWith("#")
                ? console.styles().dim(line) : line)));
        written.notes().forEach(note -> console.println(console.styles().warning("note: ") + note));
        console.println(status);
    }

    /** --null or --not-null: an exclusive group, declared as {@link ExclusiveOptions} says. */
    static final class Nullability {
        @Option(names = "--null", required = true, defaultValue = Option.NULL_VALUE,
                description = "The column may be empty (the default).")
        Boolean nullable;

        @Option(names = "--not-null", required = true, defaultValue = Option.NULL_VALUE,
                description = "Every row needs a value (a table with rows then needs --default).")
        Boolean notNull;

        boolean notNull() {
            return Boolean.TRUE.equals(notNull);
        }
    }

    @Command(name = "add-column", description = "Add a column to a table.")
    static final class AddColumn implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Parameters(index = "1", paramLabel = "COLUMN", completionCandidates = CompletionCandidates.Columns.class)
        String column;

        @Parameters(index = "2", paramLabel = "TYPE", completionCandidates = CompletionCandidates.ColumnTypes.class,
                description = "varchar(N), bigint, integer, boolean, date, timestamp, decimal(P,S) or double.")
        String type;

        @ArgGroup(exclusive = true)
        Nullability nullability = new Nullability();

        @Option(names = "--default", paramLabel = "VALUE", description = "The value existing and new rows get.")
        String defaultValue;

        @Override
        public Integer call() {
            return parent.write(new Operation.AddColumn(table, column, type, nullability.notNull(), defaultValue));
        }
    }

    @Command(name = "add-fk", description = {"Add a foreign key, with its column and index.",
            "The column (a bigint, if it is not there yet), the constraint pointing at the other table's",
            "primary key, and an index on the column."})
    static final class AddForeignKey implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class,
                description = "The child table, e.g. listing.")
        String table;

        @Parameters(index = "1", paramLabel = "COLUMN", completionCandidates = CompletionCandidates.Columns.class,
                description = "The column that holds the parent's id, e.g. band_id.")
        String column;

        @Option(names = "--references", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class,
                required = true, description = "The parent table.")
        String referenced;

        @Option(names = "--on-delete", paramLabel = "RULE",
                completionCandidates = CompletionCandidates.OnDeleteRules.class,
                description = "cascade, set-null, set-default, restrict or no-action (the default).")
        DeleteRule onDelete;

        @ArgGroup(exclusive = true)
        Nullability nullability = new Nullability();

        @Option(names = "--default", paramLabel = "VALUE", description = "The parent id existing rows get.")
        String defaultValue;

        @Override
        public Integer call() {
            return parent.write(new Operation.AddForeignKey(table, column, referenced, onDelete,
                    nullability.notNull(), defaultValue));
        }
    }

    @Command(name = "alter-fk", description = "Give a column's foreign key another ON DELETE rule.")
    static final class AlterForeignKey implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Parameters(index = "1", paramLabel = "COLUMN", completionCandidates = CompletionCandidates.Columns.class)
        String column;

        @Option(names = "--on-delete", paramLabel = "RULE",
                completionCandidates = CompletionCandidates.OnDeleteRules.class, required = true,
                description = "cascade, set-null, set-default, restrict or no-action.")
        DeleteRule onDelete;

        @Override
        public Integer call() {
            return parent.write(new Operation.AlterForeignKey(table, column, onDelete));
        }
    }

    @Command(name = "alter-column", description = {
            "Set or drop a column's default (what an insert that leaves it out gets).",
            "ON DELETE SET DEFAULT sets a child's column to its default, so that rule needs one.",
            "Unapplying the migration puts the column's old default back (or none)."})
    static final class AlterColumn implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Parameters(index = "1", paramLabel = "COLUMN", completionCandidates = CompletionCandidates.Columns.class)
        String column;

        @ArgGroup(exclusive = true)
        DefaultChange change = new DefaultChange();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (change.defaultValue == null && !Boolean.TRUE.equals(change.dropDefault)) {
                throw new UsageMistake(spec, "alter-column changes a column's default: give either --default VALUE or"
                        + " --drop-default.");
            }
            return parent.write(new Operation.AlterColumn(table, column, change.defaultValue));
        }

        /** --default VALUE or --drop-default: an exclusive group, declared as {@link ExclusiveOptions} says. */
        static final class DefaultChange {
            @Option(names = "--default", paramLabel = "VALUE", required = true, defaultValue = Option.NULL_VALUE,
                    description = "The new default, e.g. 5 (a band's id).")
            String defaultValue;

            @Option(names = "--drop-default", required = true, defaultValue = Option.NULL_VALUE,
                    description = "Leave the column with no default.")
            Boolean dropDefault;
        }
    }

    @Command(name = "drop-column", description = {"Drop a column, with its foreign key and indexes.",
            "Applying it loses the column's values; unapplying it brings the column back empty."})
    static final class DropColumn implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Parameters(index = "1", paramLabel = "COLUMN", completionCandidates = CompletionCandidates.Columns.class)
        String column;

        @Override
        public Integer call() {
            return parent.write(new Operation.DropColumn(table, column));
        }
    }

    @Command(name = "create-table", description = "Create a table with an id primary key; add columns with add-column.")
    static final class CreateTable implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Override
        public Integer call() {
            return parent.write(new Operation.CreateTable(table));
        }
    }

    @Command(name = "rename-column", description = "Rename a column; its values stay.")
    static final class RenameColumn implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Parameters(index = "1", paramLabel = "OLD")
        String oldName;

        @Parameters(index = "2", paramLabel = "NEW")
        String newName;

        @Override
        public Integer call() {
            return parent.write(new Operation.RenameColumn(table, oldName, newName));
        }
    }

    @Command(name = "add-index", description = "Index a column, so rows are found by it without reading the table.")
    static final class AddIndex implements Callable<Integer> {
        @ParentCommand
        MakeMigrationCommand parent;

        @Parameters(index = "0", paramLabel = "TABLE", completionCandidates = CompletionCandidates.Tables.class)
        String table;

        @Parameters(index = "1", paramLabel = "COLUMN", completionCandidates = CompletionCandidates.Columns.class)
        String column;

        @Override
        public Integer call() {
            return parent.write(new Operation.AddIndex(table, column));
        }
    }
}
