package org.fklab.shell.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fklab.domain.DomainException;
import org.fklab.domain.sandbox.CrashPoint;
import org.fklab.domain.explain.ExecutedStatement;
import org.fklab.shell.command.habit.Habits;
import org.fklab.shell.render.StatementLog;
import org.fklab.shell.render.Visible;
import org.fklab.shell.repl.FklabParser;
import org.fklab.shell.session.ShellSession;
import org.jline.reader.EOFError;

import picocli.CommandLine;

/**
 * Runs one command line, typed or from a script: splits it into words, finds the command, runs it, and
 * afterwards shows the SQL it ran when {@code explain} is on. Returns the command's exit code.
 */
public final class CommandRunner {

    private final ShellSession session;
    /** Longer than any command a person types: a longer line is refused before it is read. */
    static final int MAX_LINE = 100_000;
    /** More words than any command takes, far fewer than would make reading them slow. */
    static final int MAX_WORDS = 1_000;

    private final CommandRegistry registry;
    private final boolean undoable;
    private final FklabParser parser = new FklabParser();

    public CommandRunner(ShellSession session, CommandRegistry registry) {
        this(session, registry, true);
    }

    /**
     * @param undoable whether each command that changes the workspace gets an undo snapshot first (not for the
     *                 commands a lesson or demo runs inside one command: that command's snapshot covers them)
     */
    public CommandRunner(ShellSession session, CommandRegistry registry, boolean undoable) {
        this.session = session;
        this.registry = registry;
        this.undoable = undoable;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** Builds the command a line names, ahead of running it (while the database is still opening). */
    public void prepare(String line) {
        String stripped = line.strip();
        int space = stripped.indexOf(' ');
        registry.find(FklabParser.isSql(stripped) ? FklabParser.SQL
                : space < 0 ? stripped : stripped.substring(0, space));
    }

    /**
     * Runs a complete command line. A {@code sql} command's text is passed on as typed, and so is a line of bare SQL
     * (as if 'sql' came before it); the end of the line ends its last statement, with or without a semicolon. A psql
     * or sqlite3 command ({@code \d}, {@code .schema}) runs as the fklab command it stands for.
     */
    public int run(String typed) {
        if (typed.length() > MAX_LINE) {
            session.console().error(String.format(Locale.ROOT, "This line is %,d characters long; fklab reads at most"
                    + " %,d in one command. Split it into several commands (or, for data, a CSV for seed load).",
                    typed.length(), MAX_LINE));
            return ErrorReporter.USAGE;
        }
        if (typed.indexOf('\uFFFD') >= 0) { // what a decoder puts for bytes that are not UTF-8
            session.console().error("This line holds bytes that are not UTF-8 text (shown as \uFFFD), so none of it"
                    + " ran. Send the commands as UTF-8: save the file as UTF-8, or set a UTF-8 locale (LANG=C.UTF-8).");
            return ErrorReporter.USAGE;
        }
        String line = typed;
        if (Habits.isHabit(line)) { // \d listing, .schema: the fklab command it stands for
            Optional<String> command = registry.habits().translate(line, session.console());
            if (command.isEmpty()) {
                return ErrorReporter.USAGE;
            }
            line = command.get();
        }
        List<String> words;
        try {
            words = parser.words(line).stream().filter(w -> !w.isEmpty()).collect(Collectors.toList());
        } catch (EOFError e) {
            session.console().error("A quote is not closed. Close it: band add \"De La Soul\".");
            return ErrorReporter.USAGE;
        }
        if (words.isEmpty()) {
            return 0;
        }
        if (words.size() > MAX_WORDS && !FklabParser.isSql(line)) {
            session.console().error(String.format(Locale.ROOT, "This command has %,d words; no fklab command takes"
                    + " more than a few. Check it, and split it into several commands.", words.size()));
            return ErrorReporter.USAGE;
        }
        List<String> typedWords = List.of(line.strip().split("\\s+"));
        if (typedWords.size() == 2 && typedWords.get(0).equals("help") && Habits.isHabit(typedWords.get(1))) {
            words = typedWords; // help \d: that backslash is psql's, not one that escapes the d
        }
        String name = FklabParser.isSql(line) ? FklabParser.SQL : words.get(0); // bare SQL runs as 'sql'
        Optional<CommandLine> command = registry.find(name);
        if (command.isEmpty()) {
            if (name.chars().anyMatch(Character::isISOControl)) {
                // an arrow key on a terminal that passes keys as text (TERM=dumb) arrives as ESC [ A
                session.console().error("There is no command '" + Visible.of(name) + "': that is a key the terminal"
                        + " sent as text (an arrow key, say, when TERM is dumb). Type the command itself; 'help'"
                        + " lists them.");
                return ErrorReporter.USAGE;
            }
            session.console().error(registry.noSuchCommand(name));
            return ErrorReporter.USAGE;
        }
        String[] args = FklabParser.isSql(line)
                ? rawArgument(FklabParser.sqlText(line))
                : words.subList(1, words.size()).toArray(new String[0]);
        session.sandbox().recorder().drain();
        WorkspaceChanges.Change change = WorkspaceChanges.changes(command.get(), args);
        boolean copied = false;
        if (undoable && change != WorkspaceChanges.Change.NONE) {
            Optional<Boolean> undoCopy = undoCopy(line.strip());
            if (undoCopy.isEmpty()) {
                return ErrorReporter.FAILED;
            }
            copied = undoCopy.get();
        }
        int exitCode;
        try {
            exitCode = command.get().execute(args);
            CrashPoint.reached("command");
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the command may have changed something before it ran out: its undo step stays, to take that back
            session.console().error(Unforeseen.describe("'" + name + "'", e, session.debug())
                    + (copied ? " 'undo' takes back whatever it changed." : ""));
            return ErrorReporter.FAILED;
        } finally {
            if (copied) {
                session.snapshots().afterCommand();
            }
        }
        if (copied && exitCode != 0 && (change == WorkspaceChanges.Change.WHOLE
                || change == WorkspaceChanges.Change.IN_STEPS && !session.snapshots().hasTakenAStep())) {
            session.snapshots().discardLastUndo(); // it failed before it changed anything
        } else if (!undoable && change == WorkspaceChanges.Change.WHOLE && exitCode == 0) {
            session.snapshots().stepTaken(); // a step of the demo or script that took the snapshot
        }
        List<ExecutedStatement> statements = session.sandbox().recorder().drain();
        if (session.sandbox().recorder().isRecording() && !statements.isEmpty()) {
            StatementLog.print(session.console(), statements);
        }
        if (undoable) {
            new LessonFollowUp(session, registry).after(command.get(), exitCode == 0 && change != WorkspaceChanges.Change.NONE);
        }
        session.console().flush();
        return exitCode;
    }

    /**
     * Takes the undo copy before a command that changes the workspace: true when it was taken; false when it could not
     * be, and the person chose to go on without it; empty when the command is not to run (a script, or a no).
     */
    private Optional<Boolean> undoCopy(String line) {
        try {
            session.snapshots().beforeCommand(line);
            return Optional.of(true);
        } catch (DomainException e) {
            String problem = "No undo step could be kept for this command: " + e.getMessage();
            if (!session.interactive()) {
                session.console().error(problem + " The command did not run; it runs once that is put right.");
                return Optional.empty();
            }
            session.console().error(problem);
            if (session.confirm("Run it all the same, without an undo step?")) {
                return Optional.of(false);
            }
            session.console().println("It did not run; nothing was changed.");
            return Optional.empty();
        }
    }

    private static String[] rawArgument(String text) {
        return text.isEmpty() ? new String[0] : new String[] {text};
    }
}
