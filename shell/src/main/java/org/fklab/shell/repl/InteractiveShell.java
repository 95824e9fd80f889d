package org.fklab.shell.repl;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.command.StackTraces;
import org.fklab.shell.command.Unforeseen;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.Prompter;
import org.fklab.shell.session.ShellSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.widget.AutosuggestionWidgets;

/**
 * The prompt a learner types at, wired as JLine's own demo REPL is: a parser that knows when a line is
 * unfinished, a completer fed by the database, highlighting, suggestions from history (accepted with the
 * right arrow, as in fish), history kept in the workspace. Ctrl-C drops the line being typed, or stops a
 * running demo before its next command; Ctrl-D or 'exit' leaves. A dumb terminal gets plain line editing.
 */
public final class InteractiveShell {

    /** Failures to read a line in a row after which the shell stops trying: the terminal itself is broken. */
    private static final int MAX_FAILED_READS = 5;

    private final ShellSession session;
    private final CommandRunner runner;
    private final Terminal terminal;

    public InteractiveShell(ShellSession session, CommandRunner runner, Terminal terminal) {
        this.session = session;
        this.runner = runner;
        this.terminal = terminal;
    }

    public void run(String welcome) {
        boolean dumb = terminal.getType().startsWith(Terminal.TYPE_DUMB);
        Console console = session.console();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("fklab")
                .parser(new FklabParser())
                .completer(new CommandCompleter(runner.registry(), session))
                .highlighter(new FklabHighlighter(runner.registry(), console.styles().color()))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P   ...> ")
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                // JLine marks a missing newline with a grey '~': a colour, so not under NO_COLOR
                .option(LineReader.Option.AUTO_FRESH_LINE, console.styles().color());
        session.workspace().historyFile().ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        LineReader reader = builder.build();
        if (!dumb && console.styles().color()) {
            new AutosuggestionWidgets(reader).enable(); // a suggestion is told from typing only by its colour
        }
        session.setPrompter(new Prompter() {
            @Override
            public boolean confirm(String question) {
                return aside(reader, () -> reader.readLine(question + " [y/N] ")
                        .strip().toLowerCase(Locale.ROOT).matches("y|yes"));
            }

            @Override
            public boolean pause(String prompt) {
                return aside(reader, () -> {
                    reader.readLine(prompt);
                    return true;
                });
            }
        });
        console.println(welcome);
        console.flush();
        int failedReads = 0;
        while (!session.exitRequested()) {
            String line;
            try {
                line = reader.readLine(console.styles().success(session.promptLabel()) + "> ");
                failedReads = 0;
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: forget the line being typed
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            } catch (RuntimeException e) {
                // completion or highlighting failed while the line was typed: the line is lost, the shell is not
                if (++failedReads == MAX_FAILED_READS) {
                    console.error(Unforeseen.describe("reading the line", e, session.debug()) + " It failed "
                            + MAX_FAILED_READS + " times in a row, so the shell ends here; start fklab again.");
                    break;
                }
                goOnAfter("reading the line", e);
                continue;
            }
            runCommand(line);
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            console.error("Could not save the command history: " + e.getMessage());
        }
    }

    /** Runs a command with Ctrl-C asking it to stop (between the steps of a demo) rather than ending fklab. */
    private void runCommand(String line) {
        session.stopSignal().clear();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.stopSignal().request());
        try {
            runner.run(line);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // whatever went wrong around the command (its undo copy, say), the shell goes on
            goOnAfter("'" + (line.length() > 60 ? line.substring(0, 57) + "..." : line) + "'", e);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    /** Says what failed, in one message, and that the shell goes on, as JLine's own demo REPL does. */
    private void goOnAfter(String what, Throwable failure) {
        Console console = session.console();
        console.error(Unforeseen.describe(what, failure, session.debug()) + " The shell goes on.");
        if (session.debug()) {
            console.err().print(StackTraces.format(failure));
        }
        console.flush();
    }

    /**
     * Reads an answer in the middle of a command: not kept in history, not highlighted or completed as a
     * command; Ctrl-C and Ctrl-D mean no.
     */
    private static boolean aside(LineReader reader, Supplier<Boolean> question) {
        Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
        boolean highlighting = reader.isSet(LineReader.Option.DISABLE_HIGHLIGHTER);
        LineReader.SuggestionType suggestions = reader.getAutosuggestion();
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        reader.option(LineReader.Option.DISABLE_HIGHLIGHTER, true);
        reader.setAutosuggestion(LineReader.SuggestionType.NONE);
        try {
            return question.get();
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
            reader.option(LineReader.Option.DISABLE_HIGHLIGHTER, highlighting);
            reader.setAutosuggestion(suggestions);
        }
    }
}
