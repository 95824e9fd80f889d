package org.fklab.shell.command.shell;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.UsageMistake;
import org.fklab.shell.command.habit.Habits;
import org.fklab.shell.render.Console;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.repl.FklabParser;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The list of commands, or one command's usage. */
@Command(name = "help", description = "List the commands, or explain one: help band, help band delete.")
public final class HelpCommand implements Callable<Integer> {

    private final ShellSession session;
    private final CommandRegistry registry;

    @Parameters(paramLabel = "COMMAND", completionCandidates = CompletionCandidates.Commands.class, arity = "0..*",
            description = "A command, and optionally its subcommand.")
    List<String> words;

    @Spec
    CommandSpec spec;

    HelpCommand(ShellSession session, CommandRegistry registry) {
        this.session = session;
        this.registry = registry;
    }

    @Override
    public Integer call() {
        if (words == null || words.isEmpty()) {
            overview();
            return 0;
        }
        if (Habits.isHabit(words.get(0))) {
            Habits.Habit habit = Habits.find(words.get(0)).orElseThrow(() -> new UsageMistake(spec,
                    Habits.unknown(words.get(0))));
            session.console().println(habit.usage() + " is " + habit.tool() + "'s; in fklab it is " + habit.standsFor()
                    + ".");
            return 0;
        }
        CommandLine command = registry.find(words.get(0)).orElseThrow(() -> new UsageMistake(spec,
                registry.noSuchCommand(words.get(0))));
        for (String word : words.subList(1, words.size())) {
            CommandLine sub = command.getSubcommands().get(word);
            if (sub == null) {
                throw new UsageMistake(spec, CommandRegistry.noSuchSubcommand(command, word));
            }
            command = sub;
        }
        session.console().out().print(command.getUsageMessage());
        return 0;
    }

    private void overview() {
        Console console = session.console();
        console.println("Commands (" + console.styles().code("help COMMAND") + " explains one):");
        for (CommandRegistry.Group group : registry.groups()) {
            console.println();
            console.println(console.styles().header(group.title()));
            for (Class<?> type : group.commands()) {
                CommandSpec spec = registry.commandLine(type).getCommandSpec();
                String names = spec.name() + (spec.aliases().length == 0 ? "" : " (" + String.join(", ", spec.aliases()) + ")");
                console.println("  " + console.styles().code(String.format("%-20s", names)) + " "
                        + spec.usageMessage().description()[0]);
                Optional<String> subcommands = spec.subcommands().isEmpty() ? Optional.empty()
                        : Optional.of(spec.subcommands().values().stream().distinct()
                        .map(sub -> sub.getCommandSpec().name()).distinct().collect(Collectors.joining(" | ")));
                subcommands.ifPresent(s -> console.println("  " + " ".repeat(21) + console.styles().dim(s)));
            }
        }
        console.println();
        console.println(console.styles().header("SQL and habits from psql and sqlite3") + " (each habit says once which"
                + " fklab command it stands for)");
        console.println("  " + console.styles().code(String.format("%-20s", "SELECT ...;")) + " runs as sql, as does"
                + " every line that starts with one of");
        console.println("  " + " ".repeat(21) + String.join(", ", FklabParser.bareSqlStarts()));
        for (Habits.Habit h : Habits.all()) {
            console.println("  " + console.styles().code(String.format("%-20s", h.usage())) + " " + h.tool() + ": "
                    + h.standsFor());
        }
        console.println();
        console.println("Names with spaces go in quotes: band add \"De La Soul\". Tab completes commands and names.");
    }
}
