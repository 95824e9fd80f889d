package org.fklab.shell.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fklab.shell.command.data.AuthorCommand;
import org.fklab.shell.command.data.BandCommand;
import org.fklab.shell.command.data.BookCommand;
import org.fklab.shell.command.data.ListingCommand;
import org.fklab.shell.command.database.DescribeCommand;
import org.fklab.shell.command.database.DiagramCommand;
import org.fklab.shell.command.database.EngineCommand;
import org.fklab.shell.command.database.ExplainCommand;
import org.fklab.shell.command.database.SqlCommand;
import org.fklab.shell.command.database.TablesCommand;
import org.fklab.shell.command.migration.MakeMigrationCommand;
import org.fklab.shell.command.migration.MakeMigrationsCommand;
import org.fklab.shell.command.migration.MigrateCommand;
import org.fklab.shell.command.migration.MigrationsCommand;
import org.fklab.shell.command.migration.ShowMigrationsCommand;
import org.fklab.shell.command.migration.SqlMigrateCommand;
import org.fklab.shell.command.seed.SeedCommand;
import org.fklab.shell.command.demo.DemoCommand;
import org.fklab.shell.command.habit.Habits;
import org.fklab.shell.command.script.SourceCommand;
import org.fklab.shell.command.shell.ConfigCommand;
import org.fklab.shell.command.shell.ExitCommand;
import org.fklab.shell.command.shell.ExpandedCommand;
import org.fklab.shell.command.shell.FormatCommand;
import org.fklab.shell.command.tutorial.StepCommands;
import org.fklab.shell.command.tutorial.TutorialCommand;
import org.fklab.shell.command.workspace.ResetCommand;
import org.fklab.shell.command.workspace.RestoreCommand;
import org.fklab.shell.command.workspace.SnapshotCommand;
import org.fklab.shell.command.workspace.UndoCommand;
import org.fklab.shell.command.shell.HelpCommand;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The shell's commands, grouped as {@code help} shows them. Each picocli command is built the first time
 * it is used, so a one-shot {@code fklab -c "band list"} pays only for the command it runs.
 */
public final class CommandRegistry {

    /** Commands shown together under one heading of {@code help}. */
    public record Group(String title, List<Class<?>> commands) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Data (one-to-many: band → listings, author → books)", List.of(
                    BandCommand.class, ListingCommand.class, AuthorCommand.class, BookCommand.class)),
            new Group("Database", List.of(
                    TablesCommand.class, DescribeCommand.class, DiagramCommand.class, SqlCommand.class,
                    ExplainCommand.class, EngineCommand.class)),
            new Group("Migrations", List.of(ShowMigrationsCommand.class, MigrateCommand.class,
                    SqlMigrateCommand.class, MakeMigrationCommand.class, MakeMigrationsCommand.class,
                    MigrationsCommand.class)),
            new Group("Seed data", List.of(SeedCommand.class)),
            new Group("Tutorial", List.of(TutorialCommand.class, StepCommands.Next.class, StepCommands.Back.class,
                    StepCommands.Check.class, StepCommands.Goal.class, StepCommands.Hint.class,
                    StepCommands.Answer.class, StepCommands.Solution.class)),
            new Group("Workspace", List.of(SnapshotCommand.class, RestoreCommand.class, UndoCommand.class,
                    ResetCommand.class)),
            new Group("Demos and scripts", List.of(DemoCommand.class, SourceCommand.class)),
            new Group("Shell", List.of(HelpCommand.class, ExpandedCommand.class, FormatCommand.class,
                    ConfigCommand.class, ExitCommand.class)));

    private final ShellSession session;
    private final CommandFactory factory;
    private final ErrorReporter errors;
    private final Map<String, Class<?>> byName = new LinkedHashMap<>();
    private final Map<Class<?>, CommandLine> built = new HashMap<>();
    private final Habits habits = new Habits();

    public CommandRegistry(ShellSession session) {
        this.session = session;
        this.factory = new CommandFactory(session, this);
        this.errors = new ErrorReporter(session);
        for (Group group : GROUPS) {
            for (Class<?> type : group.commands()) {
                Command command = type.getAnnotation(Command.class);
                byName.put(command.name(), type);
                for (String alias : command.aliases()) {
                    byName.put(alias, type);
                }
            }
        }
    }

    public List<Group> groups() {
        return GROUPS;
    }

    /** The psql and sqlite3 commands fklab reads as its own, and which of them it has named this session. */
    public Habits habits() {
        return habits;
    }

    /** Every name a command can be called by, aliases included. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    public Optional<CommandLine> find(String name) {
        Class<?> type = byName.get(name);
        return type == null ? Optional.empty() : Optional.of(commandLine(type));
    }

    /** What fklab says of a word that names no command: the commands it may have meant, and 'help'. */
    public String noSuchCommand(String name) {
        return "There is no command '" + name + "'." + DidYouMean.sentence("", DidYouMean.closest(name, names()))
                + " Type 'help' to see the commands.";
    }

    /** What fklab says of a word that names none of {@code command}'s subcommands: those it may have meant, and all. */
    public static String noSuchSubcommand(CommandLine command, String word) {
        String name = command.getCommandSpec().qualifiedName(" ");
        return name + " has no subcommand '" + word + "'." + DidYouMean.sentence(name + " ",
                DidYouMean.closest(word, command.getSubcommands().keySet())) + " Its subcommands: "
                + String.join(", ", command.getSubcommands().keySet()) + ".";
    }

    public CommandLine commandLine(Class<?> type) {
        return built.computeIfAbsent(type, this::build);
    }

    private CommandLine build(Class<?> type) {
        CommandLine commandLine = ValueConversions.applyTo(new CommandLine(type, factory));
        commandLine.setOut(session.console().out());
        commandLine.setErr(session.console().err());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                session.console().styles().color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(100);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine;
    }
}
