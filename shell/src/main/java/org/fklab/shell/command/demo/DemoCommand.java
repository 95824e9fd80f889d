package org.fklab.shell.command.demo;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.script.PacedRun;
import org.fklab.shell.command.script.PacingOptions;
import org.fklab.shell.demo.Demo;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.NamedList;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.script.Pacing;
import org.fklab.shell.script.ScriptReader;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The instructor's demos: list them, read them, copy one to edit, run one for the projector. */
@Command(name = "demo", description = {"Demos for the projector: ON DELETE rules, rollback, merge, and your own.",
        "Each command is shown with its narration, then runs when you press Enter. 'demo' alone lists them."},
        subcommands = {DemoCommand.ListDemos.class, DemoCommand.Show.class, DemoCommand.Copy.class,
                DemoCommand.Run.class})
public final class DemoCommand implements Callable<Integer> {

    private final ShellSession session;

    DemoCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return ListDemos.print(session);
    }

    @Command(name = "list", description = "List the demos: built-in ones and those in the workspace's demos/ folder.")
    static final class ListDemos implements Callable<Integer> {
        private final ShellSession session;

        ListDemos(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            return print(session);
        }

        static int print(ShellSession session) {
            NamedList list = new NamedList("Demos ('demo run NAME' runs one: Enter for each command, Ctrl-C stops):");
            for (Demo demo : session.demos().all()) {
                list.add(demo.name(), demo.title(), demo.builtIn() ? "" : "yours: " + demo.file());
            }
            list.print(session.console());
            session.console().println("'demo show NAME' prints one; 'demo copy NAME' puts a copy in "
                    + session.workspace().demosFolder() + " to edit, which then takes the built-in one's place.");
            return 0;
        }
    }

    @Command(name = "show", description = "Print a demo's script: its commands and narration.")
    static final class Show implements Callable<Integer> {
        private final ShellSession session;

        @Parameters(paramLabel = "DEMO", completionCandidates = CompletionCandidates.Demos.class)
        String name;

        Show(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            session.console().out().print(session.demos().find(name).text());
            return 0;
        }
    }

    @Command(name = "copy", description = {"Copy a demo into the workspace's demos/ folder, to edit it.",
            "The copy takes the built-in demo's place."})
    static final class Copy implements Callable<Integer> {
        private final ShellSession session;

        @Parameters(paramLabel = "DEMO", completionCandidates = CompletionCandidates.Demos.class)
        String name;

        Copy(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Path file = session.demos().copy(name);
            session.console().println(session.console().styles().success("Copied to " + file + ".") + " Edit it:"
                    + " comments (#) are the narration, one command a line, ! before a command that fails on purpose.");
            return 0;
        }
    }

    @ChangesWorkspace(inSteps = true)
    @Command(name = "run", description = {"Run a demo, one command at a time.",
            "Each command is shown with the comments above it and runs when you press Enter (--auto: after a",
            "pause). Ctrl-C stops between two commands; 'undo' takes the whole demo back."})
    static final class Run implements Callable<Integer> {
        private final ShellSession session;
        private final CommandRegistry registry;

        @Parameters(paramLabel = "DEMO", completionCandidates = CompletionCandidates.Demos.class)
        String name;

        @ArgGroup(exclusive = true)
        PacingOptions pacing = new PacingOptions();

        Run(ShellSession session, CommandRegistry registry) {
            this.session = session;
            this.registry = registry;
        }

        @Override
        public Integer call() {
            Demo demo = session.demos().find(name);
            Pacing chosen = pacing.pacing(Pacing.ENTER);
            Console console = session.console();
            console.println(console.styles().header("Demo: " + demo.title()));
            PacedRun.Outcome outcome = PacedRun.run(session, registry,
                    new ScriptReader(new BufferedReader(new StringReader(demo.text())), demo.origin()), chosen, false);
            if (outcome.exitCode() == 0 && !outcome.stopped()) {
                console.println();
                console.println(console.styles().success("End of the demo.") + " 'undo' puts the workspace back as it"
                        + " was before it.");
            }
            return outcome.exitCode();
        }
    }
}
