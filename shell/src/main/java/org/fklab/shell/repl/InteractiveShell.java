package org.fklab.shell.repl;

import java.io.IOException;

import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The prompt a learner types at, wired as JLine's own demo REPL is: a parser that knows when a line is
 * unfinished, a completer fed by the database, history kept in the workspace. Ctrl-C drops the line
 * being typed; Ctrl-D or 'exit' leaves.
 */
public final class InteractiveShell {

    private final ShellSession session;
    private final CommandRunner runner;
    private final Terminal terminal;

    public InteractiveShell(ShellSession session, CommandRunner runner, Terminal terminal) {
        this.session = session;
        this.runner = runner;
        this.terminal = terminal;
    }

    /** A yes-or-no question; anything but yes (including Ctrl-C and Ctrl-D) is no. */
    private static boolean confirm(LineReader reader, String question) {
        try {
            String answer = reader.readLine(question + " [y/N] ");
            return answer.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        }
    }

    public void run(String welcome) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("fklab")
                .parser(new FklabParser())
                .completer(new CommandCompleter(runner.registry(), session))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P   ...> ")
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        session.workspace().historyFile().ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        LineReader reader = builder.build();
        session.setPrompter(question -> confirm(reader, question));
        session.setTerminalWidth(terminal::getWidth);
        Console console = session.console();
        console.println(welcome);
        console.flush();
        while (!session.exitRequested()) {
            String line;
            try {
                line = reader.readLine(console.styles().success(session.promptLabel()) + "> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: forget the line being typed
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            runner.run(line);
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            console.error("Could not save the command history: " + e.getMessage());
        }
    }
}
