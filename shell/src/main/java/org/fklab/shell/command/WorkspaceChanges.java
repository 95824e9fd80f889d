package org.fklab.shell.command;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Set;

import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.console.SqlScript;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Whether a command line, as parsed, is about to change the workspace (so undo needs a snapshot first). */
final class WorkspaceChanges {

    /** What running the command may do to the workspace. */
    enum Change {
        /** Nothing: no undo snapshot. */
        NONE,
        /** All or nothing: if it fails, it changed nothing and its snapshot is dropped. */
        WHOLE,
        /**
         * Step by step: when it fails after its first step ({@code Snapshots.stepTaken}), the steps before stand
         * and its snapshot is kept; when it fails before, it changed nothing and its snapshot is dropped.
         */
        IN_STEPS
    }

    private static final Set<String> PREVIEWS = Set.of(DryRun.OPTION, "--plan", "--out");
    private static final Set<String> SCHEMA_SQL = Set.of("CREATE", "ALTER", "DROP", "TRUNCATE");
    private static final Set<String> READING_SQL = Set.of("SELECT", "VALUES", "EXPLAIN", "WITH", "CALL");

    private WorkspaceChanges() {
    }

    static Change changes(CommandLine command, String[] args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = command.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return Change.NONE; // it will not run; running it reports the mistake
        }
        List<ChangesWorkspace> marks = parsed.asCommandLineList().stream().map(CommandLine::getCommandSpec)
                .map(WorkspaceChanges::mark).filter(m -> m != null).toList();
        if (marks.isEmpty()) {
            return Change.NONE;
        }
        Change change = marks.stream().anyMatch(ChangesWorkspace::inSteps) ? Change.IN_STEPS : Change.WHOLE;
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        ChangesWorkspace lastMark = mark(last.commandSpec());
        if (lastMark != null && lastMark.onlyWithArguments() && last.matchedPositionals().isEmpty()) {
            return Change.NONE; // it only lists
        }
        for (String preview : PREVIEWS) {
            if (last.hasMatchedOption(preview)) {
                return Change.NONE;
            }
        }
        if ("sql".equals(command.getCommandName())) {
            List<String> verbs = args.length == 0 ? List.of() : SqlScript.split(args[0]).stream()
                    .map(statement -> new SqlConsole.Outcome(statement, null).verb()).toList();
            if (verbs.stream().allMatch(READING_SQL::contains)) {
                return Change.NONE;
            }
            // HSQLDB commits a schema change at once: a failure after one leaves it done
            return verbs.stream().anyMatch(SCHEMA_SQL::contains) ? Change.IN_STEPS : change;
        }
        return change;
    }

    private static ChangesWorkspace mark(CommandSpec spec) {
        Object user = spec.userObject();
        AnnotatedElement element = user instanceof AnnotatedElement ? (AnnotatedElement) user : user.getClass();
        return element.getAnnotation(ChangesWorkspace.class);
    }
}
