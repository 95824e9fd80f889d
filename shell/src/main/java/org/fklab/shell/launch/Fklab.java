package org.fklab.shell.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.fklab.domain.DomainException;
import org.fklab.domain.IoErrors;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.command.ExclusiveOptions;
import org.fklab.shell.command.ExplainedFailures;
import org.fklab.shell.command.StackTraces;
import org.fklab.shell.command.Unforeseen;
import org.fklab.shell.command.ValueConversions;
import org.fklab.shell.config.Settings;
import org.fklab.shell.output.Pager;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Format;
import org.fklab.shell.render.Styles;
import org.fklab.shell.repl.InteractiveShell;
import org.fklab.shell.script.ScriptFile;
import org.fklab.shell.script.ScriptReader;
import org.fklab.shell.script.ScriptRunner;
import org.fklab.shell.session.ShellSession;
import org.fklab.shell.workspace.Workspace;
import org.fklab.shell.workspace.WorkspaceOpener;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import picocli.CommandLine;

/**
 * One run of fklab: reads the launch options, opens the workspace, then either starts the interactive
 * shell or runs the given commands as a script. Tests run it in-process with their own streams.
 */
public final class Fklab {

    /** Makes the terminal for the interactive shell. */
    @FunctionalInterface
    public interface TerminalFactory {
        Terminal create() throws IOException;
    }

    private final InputStream in;
    private final OutputStream out;
    private final OutputStream err;
    private final Map<String, String> env;
    private final boolean onTerminal;
    private final TerminalFactory terminals;

    /**
     * @param onTerminal whether standard input and output are a terminal (a person is typing)
     */
    public Fklab(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, boolean onTerminal,
                 TerminalFactory terminals) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
        this.onTerminal = onTerminal;
        this.terminals = terminals;
    }

    /** For scripts and tests: no terminal. */
    public static Fklab scripted(InputStream in, OutputStream out, OutputStream err, Map<String, String> env) {
        return new Fklab(in, out, err, env, false, () -> {
            throw new IOException("no terminal");
        });
    }

    public static Terminal systemTerminal() throws IOException {
        // dumb(true): where no real terminal can be made, fall back to a plain one without a warning
        return TerminalBuilder.builder().name("fklab").system(true).dumb(true).build();
    }

    public int run(String... args) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        try {
            return run(args, stdout, stderr);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
        Settings settings = Settings.load(env);
        // HSQLDB's open is most of a start-up: begin it now, while picocli (itself slow to start) reads the arguments
        Optional<WorkspaceChoice> guess = WorkspaceChoice.earlyGuess(args, settings.workspace());
        Optional<CompletableFuture<Opening>> early = guess.map(Fklab::startOpening);
        try {
            return run(args, stdout, stderr, settings, guess, early);
        } finally {
            early.ifPresent(Fklab::discard);
        }
    }

    private int run(String[] args, PrintWriter stdout, PrintWriter stderr, Settings settings,
                    Optional<WorkspaceChoice> guess, Optional<CompletableFuture<Opening>> early) {
        LaunchOptions options = new LaunchOptions();
        CommandLine launch = ValueConversions.applyTo(new CommandLine(options));
        launch.setStopAtPositional(true); // after the command's first word, every word is the command's (as in git)
        launch.setUsageHelpWidth(100); // as wide as the shell's own help: no sentence is broken in two
        try {
            launch.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            String problem = e instanceof CommandLine.MutuallyExclusiveArgsException
                    ? ExclusiveOptions.givenTogether(launch.getCommandSpec(), args).map(both -> "choose " + both)
                    .orElse(e.getMessage()) : e.getMessage();
            stderr.println("fklab: " + problem + ". Run fklab --help to see the options.");
            return 2;
        }
        if (!options.command.isEmpty()) {
            if (!options.commands.isEmpty() || options.script != null) {
                stderr.println("fklab: give the command either as words (fklab band list) or with -c/--script, not"
                        + " both. Several commands: fklab -c \"band list\" -c \"band show 1\".");
                return 2;
            }
            options.commands.add(CommandWords.join(options.command));
        }
        if (launch.isUsageHelpRequested()) {
            launch.usage(stdout, CommandLine.Help.Ansi.OFF);
            return 0;
        }
        if (launch.isVersionHelpRequested()) {
            stdout.println("fklab " + Version.current());
            return 0;
        }
        if (options.script != null && !Files.isReadable(options.script)) {
            stderr.println("fklab: cannot read the script " + options.script + ". Check the path.");
            return 2;
        }
        if (options.debug) {
            System.setProperty("fklab.debug", "true");
        }
        settings.problems().forEach(problem -> stderr.println("warning: " + problem));
        if (options.place.workspace != null) {
            settings.given(Settings.WORKSPACE, options.place.workspace.toAbsolutePath().normalize().toString(), "--workspace");
        } else if (options.place.inMemory) {
            settings.given(Settings.WORKSPACE, "in memory", "--in-memory");
        }
        if (options.noColor) {
            settings.given(Settings.COLOR, "off", "--no-color");
        }
        boolean noColor = !settings.color();
        if (options.format != null) {
            settings.given(Settings.FORMAT, options.format.name(), "--format");
        }
        Format format = Format.valueOf(settings.format());
        boolean scripted = !options.commands.isEmpty() || options.script != null || !onTerminal;
        if (scripted) {
            Console console = new Console(stdout, stderr, new Styles(!noColor && onTerminal));
            console.setFormat(format);
            return withSession(options, settings, opening(options, settings, guess, early), console, false,
                    new SessionWork() {
                private CommandRunner runner;

                @Override
                public void prepare(ShellSession session) {
                    runner = new CommandRunner(session, new CommandRegistry(session));
                    options.commands.stream().findFirst().ifPresent(runner::prepare);
                }

                @Override
                public int run(ShellSession session, boolean created) throws IOException {
                    // Ctrl-C ends a script at once: say what the next start will put right
                    Thread stopped = new Thread(() -> session.snapshots().whatTheNextStartPutsRight()
                            .ifPresent(note -> System.err.println("\n" + note)), "fklab-stopped");
                    Runtime.getRuntime().addShutdownHook(stopped);
                    try {
                        return runScript(options, session, runner);
                    } finally {
                        try {
                            Runtime.getRuntime().removeShutdownHook(stopped);
                        } catch (IllegalStateException e) {
                            // already stopping: the hook says its line
                        }
                    }
                }
            });
        }
        try (Terminal terminal = terminals.create()) {
            boolean dumb = terminal.getType().startsWith(Terminal.TYPE_DUMB);
            PrintWriter writer = terminal.writer();
            boolean unicode = StandardCharsets.UTF_8.equals(terminal.encoding());
            Console console = new Console(writer, writer, new Styles(!noColor && !dumb), unicode, terminal::getWidth);
            console.setFormat(format);
            return withSession(options, settings, opening(options, settings, guess, early), console, true,
                    (session, created) -> {
                Pager.choose(terminal, settings.pager()).ifPresent(session::setPager);
                CommandRunner runner = new CommandRunner(session, new CommandRegistry(session));
                new InteractiveShell(session, runner, terminal).run(Welcome.text(session, created));
                return 0;
            });
        } catch (IOException e) {
            stderr.println("fklab: cannot open the terminal (" + e.getMessage() + "). Pipe commands in or use -c.");
            return 1;
        }
    }

    /** What to do with the session: {@code prepare} runs while the database opens, {@code run} after. */
    private interface SessionWork {
        default void prepare(ShellSession session) {
        }

        int run(ShellSession session, boolean created) throws IOException;
    }

    /** A workspace and its database, opened (or failed to open) on another thread. */
    private record Opening(Workspace workspace, WorkspaceOpener.Opened opened) {
    }

    private static CompletableFuture<Opening> startOpening(WorkspaceChoice choice) {
        return CompletableFuture.supplyAsync(() -> {
            Workspace workspace = choice.create();
            try {
                return new Opening(workspace, WorkspaceOpener.open(workspace));
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
        }, Fklab::startDaemon);
    }

    /** The opening begun early if the arguments named that workspace, else a new one. */
    private static CompletableFuture<Opening> opening(LaunchOptions options, Settings settings,
                                                      Optional<WorkspaceChoice> guess,
                                                      Optional<CompletableFuture<Opening>> early) {
        WorkspaceChoice choice = WorkspaceChoice.of(options, settings.workspace());
        if (guess.isPresent() && guess.get().equals(choice)) {
            return early.orElseThrow();
        }
        early.ifPresent(Fklab::discard);
        return startOpening(choice);
    }

    /** Closes an early opening nobody took over (a no-op once a session has closed it). */
    private static void discard(CompletableFuture<Opening> opening) {
        opening.whenComplete((done, failure) -> {
            if (done != null) {
                done.opened().sandbox().close();
                done.workspace().close();
            }
        });
    }

    private int withSession(LaunchOptions options, Settings settings, CompletableFuture<Opening> opening,
                            Console console, boolean interactive, SessionWork work) {
        try (ShellSession session = new ShellSession(opening.thenApply(o -> o.workspace()),
                opening.thenApply(o -> o.opened().sandbox()), console, interactive, options.debug)) {
            session.setSettings(settings);
            work.prepare(session);
            WorkspaceOpener.Opened opened;
            try {
                opened = opening.join().opened();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (ExplainedFailures.explainsItself(cause)) {
                    console.error(cause.getMessage());
                    debugTrace(options, console, cause);
                    return 1;
                }
                throw e;
            }
            opened.notes().forEach(note -> console.println(console.styles().warning("note: ") + note));
            opened.problems().forEach(problem -> console.err().println(console.styles().warning("warning: ") + problem));
            if (opened.created()) {
                session.tutorials().recordFklabState(); // a lesson may replace it without asking: nothing is the learner's
            }
            console.flush();
            return work.run(session, opened.created());
        } catch (IOException | UncheckedIOException e) {
            console.error("Cannot read the commands: " + IoErrors.explain(e, Path.of("stdin")) + ".");
            return 1;
        } catch (RuntimeException e) {
            console.error(Unforeseen.describe("this run", e, options.debug));
            debugTrace(options, console, e);
            return 1;
        }
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "fklab-open-workspace");
        thread.setDaemon(true);
        thread.start();
    }

    private static void debugTrace(LaunchOptions options, Console console, Throwable failure) {
        if (options.debug) {
            console.err().print(StackTraces.format(failure));
            console.err().flush();
        }
    }

    private int runScript(LaunchOptions options, ShellSession session, CommandRunner commands) throws IOException {
        ScriptRunner runner = new ScriptRunner(session, commands, options.keepGoing);
        boolean goOn = runner.runCommands(options.commands);
        if (goOn && options.script != null) {
            try {
                goOn = runner.run(ScriptFile.open(options.script));
            } catch (DomainException e) {
                session.console().error(e.getMessage());
                return 1;
            }
        }
        if (goOn && options.commands.isEmpty() && options.script == null) {
            runner.run(new ScriptReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "stdin"));
        }
        return runner.exitCode();
    }
}
