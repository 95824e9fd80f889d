package org.fklab.shell.command.tutorial;

import java.util.concurrent.Callable;

import org.fklab.domain.schema.TableSummary;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.command.Switch;
import org.fklab.shell.render.Console;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Lesson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lessons: list them, start one, forget progress, or play one through as a demo. */
@Command(name = "tutorial", description = "The lessons: list them with your progress, start one, or play one"
        + " through.", subcommands = {TutorialCommand.Start.class, TutorialCommand.RestartStep.class,
        TutorialCommand.Auto.class, TutorialCommand.Reset.class, TutorialCommand.Play.class},
        footer = {"", "Inside a lesson: next (check the step and go on), check, hint (again for the next one), goal,",
                "answer VALUE (when the step asks a question), solution, back. After each command fklab checks the",
                "step quietly and says when it is done ('tutorial auto off' stops that)."})
public final class TutorialCommand implements Callable<Integer> {

    private final ShellSession session;

    TutorialCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Console console = session.console();
        console.println("Lessons ('tutorial start N' begins one; its progress is kept in the workspace):");
        for (TutorialEngine.LessonStatus status : session.tutorials().lessons()) {
            Lesson lesson = status.lesson();
            String mark = status.completed() ? console.styles().success("✓") : status.current() ? "▶" : " ";
            String steps = status.stepsDone() + "/" + lesson.steps().size();
            console.println(String.format("  %s %2d  %-48s %s", mark, lesson.number(), lesson.title(),
                    console.styles().dim(steps)));
            console.println("        " + console.styles().dim(lesson.summary()));
        }
        session.tutorials().position().ifPresent(p -> console.println("You are on lesson " + p.lesson().number()
                + ", step " + (p.step() + 1) + ": 'goal' reminds you what it asks, 'next' checks it."));
        return 0;
    }

    /**
     * Whether the lesson may replace the workspace's data: yes when nothing of the learner's would be lost (there is
     * no data, or only what fklab itself put there), with --yes, or when confirmed.
     */
    static boolean mayReplaceWork(ShellSession session, Lesson lesson, boolean yes) {
        long rows = session.schema().tables().stream().filter(t -> !t.liquibaseBookkeeping())
                .mapToLong(TableSummary::rows).sum();
        if (rows == 0 || yes || session.tutorials().holdsOnlyFklabState()) {
            return true;
        }
        boolean ownMigrations = lesson.start().archiveMigrations()
                && session.migrations().graph().inOrder().stream().anyMatch(m -> !m.builtIn());
        String what = "Lesson " + lesson.number() + " starts from its own data: the " + rows + " rows in this"
                + " workspace will be replaced" + (ownMigrations
                ? " and the migrations you wrote moved to migrations/archive/" : "") + ".";
        return session.mayDiscard(what, "Start it?", what + " Add --yes to go ahead.");
    }

    @ChangesWorkspace(inSteps = true)
    @Command(name = "start", description = "Start a lesson: the database is set to its starting state.")
    static final class Start implements Callable<Integer> {
        private final ShellSession session;

        @Parameters(paramLabel = "LESSON", completionCandidates = CompletionCandidates.Lessons.class,
                description = "Its number or name.")
        String ref;

        @Option(names = "--yes", description = "Replace the workspace's data without asking (needed in scripts).")
        boolean yes;

        Start(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Lesson lesson = session.tutorials().find(ref);
            if (!mayReplaceWork(session, lesson, yes)) {
                return 1;
            }
            session.snapshots().stepTaken();
            LessonView.step(session, session.tutorials().start(lesson));
            return 0;
        }
    }

    @Command(name = "reset", description = "Forget your progress in every lesson (the data stays as it is).")
    static final class Reset implements Callable<Integer> {
        private final ShellSession session;

        Reset(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            if (session.interactive() && !session.confirm("Forget your progress in every lesson?")) {
                session.console().println("Nothing was changed.");
                return 1;
            }
            session.tutorials().reset();
            session.console().println("Progress forgotten. 'tutorial' lists the lessons.");
            return 0;
        }
    }

    @ChangesWorkspace(inSteps = true)
    @Command(name = "restart-step", description = {"Put back the data, schema and migrations as this step began.",
            "For when a step has gone wrong or too far; 'undo' can take it back."})
    static final class RestartStep implements Callable<Integer> {
        private final ShellSession session;

        RestartStep(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            TutorialEngine.Position position = session.tutorials().restartStep();
            session.console().println(session.console().styles().success("Step " + (position.step() + 1)
                    + " starts again:") + " data, schema and migrations are as they were when it began.");
            session.console().println(session.console().styles().warning("Goal: ") + position.current().goal());
            return 0;
        }
    }

    @Command(name = "auto", description = {"Check the step after every command (on), or only when asked (off).",
            "On, the default: fklab says the moment a step is done, and when a command went further than the",
            "step needs. Off: 'check' and 'next' check the step."})
    static final class Auto implements Callable<Integer> {
        private final ShellSession session;

        @Parameters(paramLabel = "on|off", arity = "0..1", description = "on or off; without it, tells the setting.")
        Switch setting;

        Auto(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            if (setting != null) {
                session.tutorials().setAuto(setting.isOn());
            }
            session.console().println("Checking as you go is " + (session.tutorials().auto() ? "on: fklab checks the"
                    + " step after every command." : "off: 'check' and 'next' check the step."));
            return 0;
        }
    }

    @ChangesWorkspace(inSteps = true)
    @Command(name = "play", description = {"Play a lesson through, running each step's solution.",
            "From the lesson's starting state, each step's solution runs and its check must pass: a demo for the",
            "projector, and proof that the lesson works. With --attempts, each step's wrong attempts must be",
            "refused with their words and its other right ways accepted, each from the step's start."})
    static final class Play implements Callable<Integer> {
        private final ShellSession session;
        private final CommandRegistry registry;

        @Parameters(paramLabel = "LESSON", completionCandidates = CompletionCandidates.Lessons.class,
                description = "Its number or name.")
        String ref;

        @Option(names = "--yes", description = "Replace the workspace's data without asking (needed in scripts).")
        boolean yes;

        @Option(names = "--attempts", description = "Also try every wrong attempt and every other right way the"
                + " lesson lists.")
        boolean attempts;

        Play(ShellSession session, CommandRegistry registry) {
            this.session = session;
            this.registry = registry;
        }

        @Override
        public Integer call() {
            Lesson lesson = session.tutorials().find(ref);
            if (!mayReplaceWork(session, lesson, yes)) {
                return 1;
            }
            session.snapshots().stepTaken();
            // play's own undo snapshot covers the commands it runs
            return new LessonPlay(session, new CommandRunner(session, registry, false), attempts).play(lesson);
        }
    }
}
