package org.fklab.shell.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ibatis.exceptions.PersistenceException;
import org.fklab.domain.DomainException;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.schema.TableDescription;
import org.fklab.migrations.Migrations;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns every failure of a command into one message that names the cause and the fix. A stack trace
 * appears only with --debug, and only for failures fklab did not foresee.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    /** Exit code of a command that ran and failed. */
    static final int FAILED = 1;
    /** Exit code of a command typed wrongly (unknown, missing or extra arguments). */
    static final int USAGE = 2;

    private final ShellSession session;

    ErrorReporter(ShellSession session) {
        this.session = session;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        CommandSpec spec = command.getCommandSpec();
        String name = spec.qualifiedName(" ");
        String problem;
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            problem = ExclusiveOptions.givenTogether(spec, args).map(both -> "Choose " + both + ".")
                    .orElse(name + ": " + ex.getMessage() + ".");
        } else if (ex instanceof CommandLine.UnmatchedArgumentException) {
            problem = unmatched((CommandLine.UnmatchedArgumentException) ex, command, name);
        } else if (ex instanceof CommandLine.MissingParameterException) {
            List<String> missing = ((CommandLine.MissingParameterException) ex).getMissing().stream()
                    .map(arg -> arg.isOption() ? ((OptionSpec) arg).longestName() + " " + arg.paramLabel()
                            : arg.paramLabel())
                    .collect(Collectors.toList());
            problem = name + " needs " + String.join(" and ", missing) + ".";
        } else if (ex instanceof UsageMistake) {
            problem = ex.getMessage();
        } else {
            problem = badValue(ex, name).orElse(name + ": " + ex.getMessage() + ".");
        }
        session.console().error(problem + System.lineSeparator() + "  Usage: " + synopsis(command)
                + System.lineSeparator() + "  'help " + name + "' explains it.");
        return USAGE;
    }

    /** A value of the wrong kind, said in a learner's words rather than Java's ('abc' is not an int). */
    private static Optional<String> badValue(CommandLine.ParameterException ex, String name) {
        ArgSpec arg = ex.getArgSpec();
        String value = ex.getValue();
        if (arg == null || value == null) {
            return Optional.empty();
        }
        Class<?> type = arg.type();
        String what = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
        if (type.isEnum()) {
            List<String> choices = new ArrayList<>();
            arg.completionCandidates().forEach(choices::add);
            return Optional.of(name + ": '" + value + "' is not one of " + String.join(", ", choices)
                    + (arg.isOption() ? " (for " + what + ")" : "") + ".");
        }
        String expected;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            expected = "a whole number such as 10";
        } else if (type == double.class || type == Double.class) {
            expected = "a number such as 2.5";
        } else {
            return Optional.empty();
        }
        return Optional.of(name + ": " + what + " takes " + expected + ", not '" + value + "'.");
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException ex, CommandLine command, String name) {
        List<String> unmatched = ex.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        if (ex.isUnknownOption()) {
            List<String> options = command.getCommandSpec().options().stream().filter(o -> !o.hidden())
                    .map(OptionSpec::longestName).collect(Collectors.toList());
            String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return name + " has no option " + first + "." + DidYouMean.sentence(name + " ",
                    DidYouMean.closest(typed, options))
                    + (options.isEmpty() ? " It takes no options." : " Its options: " + String.join(", ", options) + ".");
        }
        if (!command.getSubcommands().isEmpty() && command.getParseResult() != null
                && !command.getParseResult().hasSubcommand()) {
            return CommandRegistry.noSuchSubcommand(command, first);
        }
        String extra = unmatched.stream().map(u -> "'" + u + "'").collect(Collectors.joining(" "));
        return name + " got more arguments than it takes: " + extra + " is extra. A name with spaces goes in quotes:"
                + " \"De La Soul\".";
    }

    /**
     * When a mapped statement needs a table or column that a migration not yet applied would create, the
     * command is ahead of the database: name that migration and 'migrate' rather than the SQL error.
     */
    private Optional<String> modelAheadOfDatabase(Exception failure) {
        Optional<String> missing = SqlErrors.missingObject(failure);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<Migrations.Pending> pending;
        try {
            pending = session.migrations().pendingCreating(missing.get());
        } catch (RuntimeException e) {
            return Optional.empty(); // the graph does not load: the plain explanation will do
        }
        if (pending.isEmpty()) {
            return Optional.of("This command needs " + missing.get() + ", which the database does not have, and no"
                    + " migration adds it yet. fklab's commands expect it, as Django code expects a field declared on a"
                    + " model before 'makemigrations' has written its migration: write that migration with"
                    + " 'makemigration NAME ...' ('help makemigration' lists the operations) and apply it with"
                    + " 'migrate'. 'sql' still works on the tables as they are.");
        }
        String names = pending.stream().map(p -> p.migration().name()).distinct().collect(Collectors.joining(" or "));
        return Optional.of("This command needs " + pending.get(0).what() + ", which the database does not have yet:"
                + " migration " + names + " adds it and is not applied. Run 'migrate' (or 'migrate "
                + pending.get(0).migration().name() + "') first; 'showmigrations' shows what is applied.");
    }

    /**
     * " Did you mean 'listing'?" when the table or column a statement named does not exist and one of a like
     * name does (as 'describe listings' says), or nothing.
     */
    private String misspelledName(Exception failure) {
        Optional<String> missing = SqlErrors.missingObject(failure);
        if (missing.isEmpty()) {
            return "";
        }
        try {
            Set<String> names = new LinkedHashSet<>();
            for (TableDescription table : session.schema().describeAll()) {
                names.add(table.name());
                table.columns().forEach(column -> names.add(column.name()));
            }
            return DidYouMean.sentence("", DidYouMean.closest(missing.get(), names));
        } catch (RuntimeException e) {
            return ""; // the schema cannot be read now: the message alone will do
        }
    }

    static String synopsis(CommandLine command) {
        return command.getHelp().synopsis(0).strip();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, CommandLine.ParseResult parseResult) {
        Console console = session.console();
        if (ex instanceof DomainException && ex.getCause() != null && !"sql".equals(command.getCommandName())) {
            // a command's own statement failed: if it needs what a migration would add, say that
            console.error(modelAheadOfDatabase(ex).orElse(ex.getMessage()));
        } else if (ExplainedFailures.explainsItself(ex)) {
            console.error(ex.getMessage() + misspelledName(ex));
        } else if (ex instanceof PersistenceException) {
            console.error(modelAheadOfDatabase(ex).orElseGet(() -> SqlErrors.explain(ex)));
        } else {
            console.error(Unforeseen.describe("'" + command.getCommandSpec().qualifiedName(" ") + "'", ex,
                    session.debug()));
        }
        if (session.debug()) {
            console.err().print(StackTraces.format(ex));
            console.err().flush();
        }
        return FAILED;
    }
}
