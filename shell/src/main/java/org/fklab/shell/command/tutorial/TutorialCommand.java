package org.fklab.shell.command.tutorial;

import java.util.concurrent.Callable;

import org.fklab.domain.schema.TableSummary;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.engine.CheckResult;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.Step;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lessons: list them, start one, forget progress, or play one through as a demo. */
@Command(name = "tutorial", description = "The lessons: list them with your progress, start one, or play one"
        + " through.", subcommands = {TutorialCommand.Start.class, TutorialCommand.Reset.class,
        TutorialCommand.Play.class},
        footer = {"", "Inside a lesson: next (check the step and go on), check, hint, goal, solution, back."})
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

    /** Whether the lesson may replace the workspace's data: yes when there is none, with --yes, or when confirmed. */
    static boolean mayReplaceWork(ShellSession session, Lesson lesson, boolean yes) {
        long rows = session.schema().tables().stream().filter(t -> !t.liquibaseBookkeeping())
                .mapToLong(TableSummary::rows).sum();
        if (rows == 0 || yes) {
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

        @Parameters(paramLabel = "LESSON", description = "Its number or name.")
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
    @Command(name = "play", description = {"Play a lesson through, running each step's solution.",
            "From the lesson's starting state, each step's solution runs and its check must pass: a demo for the",
            "projector, and proof that the lesson works."})
    static final class Play implements Callable<Integer> {
        private final ShellSession session;
        private final CommandRegistry registry;

        @Parameters(paramLabel = "LESSON", description = "Its number or name.")
        String ref;

        @Option(names = "--yes", description = "Replace the workspace's data without asking (needed in scripts).")
        boolean yes;

        Play(ShellSession session, CommandRegistry registry) {
            this.session = session;
            this.registry = registry;
        }

        @Override
        public Integer call() {
            TutorialEngine tutorials = session.tutorials();
            Lesson lesson = tutorials.find(ref);
            if (!mayReplaceWork(session, lesson, yes)) {
                return 1;
            }
            Console console = session.console();
            console.println(console.styles().header("Playing lesson " + lesson.number() + ": " + lesson.title()));
            session.snapshots().stepTaken();
            TutorialEngine.Position position = tutorials.start(lesson);
            CommandRunner runner = new CommandRunner(session, registry, false); // play's own snapshot covers its steps
            while (true) {
                Step step = position.current();
                console.println();
                console.println(console.styles().header("Step " + (position.step() + 1) + " of "
                        + lesson.steps().size() + " · " + step.title()));
                console.println(console.styles().dim("Goal: " + step.goal()));
                for (String command : step.solution()) {
                    console.println(console.styles().success(session.promptLabel()) + "> " + command);
                    console.flush();
                    if (runner.run(command) != 0) {
                        console.error("Lesson " + lesson.number() + ", step " + (position.step() + 1) + ": its solution"
                                + " command '" + command + "' failed. The lesson needs fixing.");
                        return 1;
                    }
                }
                CheckResult result = tutorials.check(step);
                if (!result.passed()) {
                    console.error("Lesson " + lesson.number() + ", step " + (position.step() + 1) + ": the check failed"
                            + " after the solution ran: " + String.join(" ", result.missing()));
                    return 1;
                }
                console.println(console.styles().success("✓ check passed"));
                tutorials.markDone(position);
                if (position.last()) {
                    break;
                }
                position = new TutorialEngine.Position(lesson, position.step() + 1);
            }
            console.println();
            console.println(console.styles().success("Lesson " + lesson.number() + " played: all "
                    + lesson.steps().size() + " steps' checks passed."));
            return 0;
        }
    }
}
