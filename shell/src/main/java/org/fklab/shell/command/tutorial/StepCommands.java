package org.fklab.shell.command.tutorial;

import java.util.concurrent.Callable;

import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.Step;

import picocli.CommandLine.Command;

/** The commands used inside a lesson, each acting on the current step. */
public final class StepCommands {

    private StepCommands() {
    }

    /** {@code next}: checks the step; if it is done, moves on. */
    @Command(name = "next", description = "Check the current step and, when it is done, go on to the next.")
    public static final class Next implements Callable<Integer> {
        private final ShellSession session;

        Next(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            TutorialEngine.Advance advance = session.tutorials().next();
            Console console = session.console();
            if (!advance.check().passed()) {
                console.println(console.styles().warning("Not yet:"));
                LessonView.missing(session, advance.check().missing());
                console.println(console.styles().dim("'hint' helps; 'goal' says what the step asks."));
                return 1;
            }
            console.println(console.styles().success("✓ Step " + (advance.position().step()
                    + (advance.lessonCompleted() ? 1 : 0)) + " done."));
            if (advance.lessonCompleted()) {
                Lesson lesson = advance.position().lesson();
                console.println(console.styles().success("Lesson " + lesson.number() + " complete: " + lesson.title()
                        + ".") + " 'tutorial' lists the lessons; 'tutorial start " + (lesson.number() + 1)
                        + "' begins the next.");
                return 0;
            }
            LessonView.step(session, advance.position());
            return 0;
        }
    }

    /** {@code back}: the previous step again. */
    @Command(name = "back", description = "Go back to the previous step of the lesson.")
    public static final class Back implements Callable<Integer> {
        private final ShellSession session;

        Back(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            LessonView.step(session, session.tutorials().back());
            return 0;
        }
    }

    /** {@code check}: is the step done, and if not, what is missing. */
    @Command(name = "check", description = "Check the current step against the database: what is done, what is missing.")
    public static final class Check implements Callable<Integer> {
        private final ShellSession session;

        Check(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            return LessonView.check(session, session.tutorials().check());
        }
    }

    /** {@code goal}: what the step asks. */
    @Command(name = "goal", description = "Show what the current step asks for (and the step again).")
    public static final class Goal implements Callable<Integer> {
        private final ShellSession session;

        Goal(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            LessonView.step(session, session.tutorials().requirePosition());
            return 0;
        }
    }

    /** {@code hint}: a nudge. */
    @Command(name = "hint", description = "A hint for the current step.")
    public static final class Hint implements Callable<Integer> {
        private final ShellSession session;

        Hint(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Step step = session.tutorials().requirePosition().current();
            session.console().println(session.console().styles().warning("Hint: ") + step.hint());
            return 0;
        }
    }

    /** {@code solution}: the commands that do the step, after asking. */
    @Command(name = "solution", description = "Show commands that do the current step (asks first in the shell).")
    public static final class Solution implements Callable<Integer> {
        private final ShellSession session;

        Solution(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Step step = session.tutorials().requirePosition().current();
            if (session.interactive() && !session.confirm("Show the solution? Trying first teaches more.")) {
                session.console().println("Kept hidden. 'hint' gives a nudge instead.");
                return 0;
            }
            session.console().println("One way to do it:");
            step.solution().forEach(c -> session.console().println("  " + session.console().styles().code(c)));
            return 0;
        }
    }
}
