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

    private static final Set<String> PREVIEWS = Set.of("--dry-run", "--plan", "--out");
    private static final Set<String> READING_SQL = Set.of("SELECT", "VALUES", "EXPLAIN", "WITH", "CALL");

    private WorkspaceChanges() {
    }

    static boolean changes(CommandLine command, String[] args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = command.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return false; // it will not run; running it reports the mistake
        }
        List<CommandLine> chain = parsed.asCommandLineList();
        boolean marked = chain.stream().map(CommandLine::getCommandSpec).anyMatch(WorkspaceChanges::marked);
        if (!marked) {
            return false;
        }
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        for (String preview : PREVIEWS) {
            if (last.hasMatchedOption(preview)) {
                return false;
            }
        }
        if ("sql".equals(command.getCommandName())) {
            return args.length > 0 && SqlScript.split(args[0]).stream()
                    .anyMatch(statement -> !READING_SQL.contains(new SqlConsole.Outcome(statement, null).verb()));
        }
        return true;
    }

    private static boolean marked(CommandSpec spec) {
        Object user = spec.userObject();
        AnnotatedElement element = user instanceof AnnotatedElement ? (AnnotatedElement) user : user.getClass();
        return element.isAnnotationPresent(ChangesWorkspace.class);
    }
}
