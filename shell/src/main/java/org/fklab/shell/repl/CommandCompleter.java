package org.fklab.shell.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.habit.Habits;
import org.fklab.shell.session.ShellSession;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion from the picocli model of the command being typed: command names, subcommands, options,
 * and for each parameter the values of its {@code completionCandidates} (band names, tables, an enum's values; see
 * {@link CompletionCandidates}), with file names for a file. Unlike picocli-shell-jline3's completer it knows which
 * positional parameter the cursor is on.
 * A {@code sql} statement is completed by {@link SqlCompleter}; after a psql or sqlite3 habit ({@code \d },
 * {@code .schema }) come the values it takes.
 */
public final class CommandCompleter implements Completer {

    private final CommandRegistry registry;
    private final CompletionCandidates.Tables tables;
    private final SqlCompleter sql;
    private final Completer files = new Completers.FileNameCompleter();

    public CommandCompleter(CommandRegistry registry, ShellSession session) {
        this.registry = registry;
        this.tables = new CompletionCandidates.Tables(session);
        this.sql = new SqlCompleter(session);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line instanceof SqlLine statement) {
            sql.complete(statement, candidates);
            return;
        }
        List<String> words = line.words();
        int index = line.wordIndex();
        if (index == 0) {
            for (String name : registry.names()) {
                candidates.add(new Candidate(name, name, null, null, null, null, true));
            }
            if (words.get(0).startsWith(".")) {
                Habits.all().stream().filter(h -> h.word().startsWith(".")).forEach(h -> candidates.add(
                        new Candidate(h.word(), h.word(), h.tool(), h.standsFor(), null, null, true)));
            }
            return;
        }
        Optional<Habits.Habit> habit = Habits.find(line.line().strip().split("\\s+", 2)[0]);
        if (habit.isPresent()) { // \d TABLE, .schema TABLE, \x on|off|auto, .mode box|line
            Optional<String> parameter = Habits.parameter(habit.get());
            if (index == 1 && parameter.isPresent()) {
                // the habit's usage names its parameter: TABLE, or the values it takes (on|off|auto)
                candidates.addAll(parameter.get().equals("TABLE") ? tables.candidates(words.subList(0, index))
                        : Stream.of(parameter.get().split("\\|")).map(Candidate::new).toList());
            }
            return;
        }
        Optional<CommandLine> top = registry.find(words.get(0));
        if (top.isEmpty()) {
            return;
        }
        CommandLine command = top.get();
        int positional = 0;
        OptionSpec pendingOption = null;
        for (int i = 1; i < index; i++) {
            String word = words.get(i);
            if (pendingOption != null) {
                pendingOption = null;
            } else if (word.startsWith("-")) {
                OptionSpec option = command.getCommandSpec().findOption(word.contains("=")
                        ? word.substring(0, word.indexOf('=')) : word);
                if (option != null && option.arity().max() > 0 && !word.contains("=")) {
                    pendingOption = option;
                }
            } else if (positional == ownPositionals(command) && command.getSubcommands().containsKey(word)) {
                command = command.getSubcommands().get(word); // after its own words: makemigration NAME add-column
                positional = 0;
            } else {
                positional++;
            }
        }
        CommandSpec spec = command.getCommandSpec();
        String current = words.get(index);
        List<String> before = words.subList(0, index);
        if (pendingOption != null) {
            offer(pendingOption, before, reader, line, candidates);
        } else if (current.startsWith("-")) {
            for (OptionSpec option : spec.options()) {
                if (!option.hidden()) {
                    candidates.add(new Candidate(option.longestName(), option.longestName(), null,
                            String.join(" ", option.description()), null, null, true));
                }
            }
        } else if (positional == ownPositionals(command) && !command.getSubcommands().isEmpty()) {
            command.getSubcommands().forEach((name, sub) -> candidates.add(new Candidate(name, name, null,
                    sub.getCommandSpec().usageMessage().description().length == 0 ? null
                            : sub.getCommandSpec().usageMessage().description()[0], null, null, true)));
        } else {
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                if (parameter.index().contains(positional)) {
                    offer(parameter, before, reader, line, candidates);
                }
            }
        }
    }

    /** How many words a command takes before its subcommand (makemigration takes its NAME first; most take none). */
    private static int ownPositionals(CommandLine command) {
        return command.getSubcommands().isEmpty() ? Integer.MAX_VALUE
                : command.getCommandSpec().positionalParameters().stream().mapToInt(p -> p.arity().min()).sum();
    }

    private void offer(ArgSpec arg, List<String> before, LineReader reader, ParsedLine line,
                       List<Candidate> candidates) {
        Iterable<String> values = arg.completionCandidates();
        if (values instanceof CompletionCandidates.Source source) {
            candidates.addAll(source.candidates(before));
        } else if (values != null) { // picocli's own: an enum's values (on, off...)
            values.forEach(value -> candidates.add(new Candidate(value)));
        }
        if (arg.type() == Path.class || values instanceof CompletionCandidates.Source source && source.alsoFiles()) {
            files.complete(reader, line, candidates);
        }
    }
}
