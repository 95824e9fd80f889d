package org.fklab.shell.command.tutorial;

import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.Step;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
                LessonView.notYet(session, advance.check());
                console.println(console.styles().dim("'hint' helps; 'goal' says what the step asks."));
                return 1;
            }
            console.println(console.styles().success("✓ Step " + (advance.position().step()
                    + (advance.lessonCompleted() ? 1 : 0)) + " done."));
            if (advance.lessonCompleted()) {
                Lesson lesson = advance.position().lesson();
                int lessons = session.tutorials().lessons().size();
                console.println(console.styles().success("Lesson " + lesson.number() + " complete: " + lesson.title()
                        + ".") + (lesson.number() < lessons ? " 'tutorial start " + (lesson.number() + 1)
                        + "' begins the next; 'tutorial' lists them all." : " That was the last lesson: 'tutorial'"
                        + " lists them all."));
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

    /** {@code hint}: a nudge, the idea first and the command last. */
    @Command(name = "hint", description = {"A hint for the current step; ask again for the next one.",
            "The first hints give the idea, the last one the command."})
    public static final class Hint implements Callable<Integer> {
        private final ShellSession session;

        Hint(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            TutorialEngine.Hint hint = session.tutorials().hint();
            Console console = session.console();
            String which = hint.of() == 1 ? "Hint: " : "Hint " + hint.number() + " of " + hint.of() + ": ";
            console.println(console.styles().warning(which) + hint.text());
            if (hint.number() < hint.of()) {
                console.println(console.styles().dim("'hint' again gives the next."));
            } else if (hint.of() > 1) {
                console.println(console.styles().dim("That was the last hint; 'solution' shows the commands."));
            }
            return 0;
        }
    }

    /** {@code answer VALUE}: the learner's answer to the step's question. */
    @Command(name = "answer", description = {"Answer the current step's question, e.g. answer 3 or answer Cut Copy.",
            "Case and spaces do not matter, nor 2 against 2.0. A wrong answer is never told the value: the",
            "step says how to find it out. The latest answer counts."})
    public static final class Answer implements Callable<Integer> {
        private final ShellSession session;

        @Parameters(paramLabel = "VALUE", arity = "1..*", description = "Your answer (words may go without quotes).")
        List<String> words;

        Answer(ShellSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            String given = String.join(" ", words);
            TutorialEngine.Answered answered = session.tutorials().answer(given);
            Console console = session.console();
            if (!answered.right()) {
                console.println(console.styles().error("✗") + " '" + given + "' is not the answer.");
                LessonView.notYet(session, answered.check());
                return 1;
            }
            console.println(console.styles().success("✓ Right."));
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
