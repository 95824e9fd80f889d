package org.fklab.shell.command.tutorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.render.Console;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.check.CheckResult;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Attempt;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.Step;

/**
 * Plays a lesson through as its own test: from its starting state, each step's check must fail before its work and
 * what it builds on must hold; with attempts, every wrong attempt must be refused with its words and every other right
 * way accepted, each from the step's start; then the solution runs and the check must pass.
 */
final class LessonPlay {

    private final ShellSession session;
    private final CommandRunner runner;
    private final boolean attempts;
    private final Console console;
    private final List<String> failures = new ArrayList<>();
    private int tried;

    LessonPlay(ShellSession session, CommandRunner runner, boolean attempts) {
        this.session = session;
        this.runner = runner;
        this.attempts = attempts;
        this.console = session.console();
    }

    /** 0 when every step played as it should; 1, with each failure named, otherwise. */
    int play(Lesson lesson) {
        TutorialEngine tutorials = session.tutorials();
        console.println(console.styles().header("Playing lesson " + lesson.number() + ": " + lesson.title()));
        TutorialEngine.Position position = tutorials.start(lesson);
        while (true) {
            Step step = position.current();
            String where = "Lesson " + lesson.number() + ", step " + (position.step() + 1);
            console.println();
            console.println(console.styles().header("Step " + (position.step() + 1) + " of " + lesson.steps().size()
                    + " · " + step.title()));
            console.println(console.styles().dim("Goal: " + step.goal()));
            if (attempts && !atItsStart(where, tutorials.check())) {
                break;
            }
            if (attempts && (!step.wrong().isEmpty() || !step.alsoRight().isEmpty())) {
                step.wrong().forEach(attempt -> wrong(where, attempt));
                step.alsoRight().forEach(attempt -> right(where, attempt));
                tutorials.restartStep();
            }
            for (String command : step.solution()) {
                if (run(command) != 0) {
                    failures.add(where + ": its solution command '" + command + "' failed. The lesson needs fixing.");
                    return report(lesson);
                }
            }
            CheckResult result = tutorials.check();
            if (!result.passed()) {
                failures.add(where + ": the check failed after the solution ran: " + result.failureText());
                return report(lesson);
            }
            console.println(console.styles().success("✓ check passed"));
            tutorials.markDone(position);
            if (position.last()) {
                break;
            }
            position = new TutorialEngine.Position(lesson, position.step() + 1);
        }
        tutorials.recordFklabState();
        return report(lesson);
    }

    /** At a step's start its check fails (else the step would pass untouched) and what it builds on holds. */
    private boolean atItsStart(String where, CheckResult start) {
        if (start.isOffTrack()) {
            failures.add(where + ": at its start, what it builds on (keep:) does not hold: " + start.failureText());
            return false;
        }
        if (start.passed()) {
            failures.add(where + ": its check passes before anything is done, so it checks nothing.");
            return false;
        }
        return true;
    }

    private void wrong(String where, Attempt attempt) {
        CheckResult result = attempt(attempt, "wrong attempt");
        List<String> absent = attempt.words().stream()
                .filter(w -> !result.failureText().toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)))
                .toList();
        if (result.passed()) {
            failures.add(where + ": the wrong attempt at " + attempt.where() + " (" + String.join("; ",
                    attempt.commands()) + ") passes the check.");
        } else if (!absent.isEmpty()) {
            failures.add(where + ": the wrong attempt at " + attempt.where() + " is refused, but without the words "
                    + absent + ". The check said: " + result.failureText());
        } else {
            console.println(console.styles().success("  ✓ refused, saying: ") + result.failureText());
        }
    }

    private void right(String where, Attempt attempt) {
        CheckResult result = attempt(attempt, "another right way");
        if (!result.passed()) {
            failures.add(where + ": the other right way at " + attempt.where() + " (" + String.join("; ",
                    attempt.commands()) + ") is refused: " + result.failureText());
        } else {
            console.println(console.styles().success("  ✓ accepted"));
        }
    }

    /** Runs an attempt's commands from the step's start (whatever they return) and checks the step. */
    private CheckResult attempt(Attempt attempt, String kind) {
        TutorialEngine tutorials = session.tutorials();
        tutorials.restartStep();
        tried++;
        console.println(console.styles().dim("  " + kind + " (" + attempt.where() + "):"));
        attempt.commands().forEach(this::run);
        return tutorials.check();
    }

    private int run(String command) {
        console.println(console.styles().success(session.promptLabel()) + "> " + command);
        console.flush();
        return runner.run(command);
    }

    private int report(Lesson lesson) {
        console.println();
        if (!failures.isEmpty()) {
            failures.forEach(console::error);
            return 1;
        }
        console.println(console.styles().success("Lesson " + lesson.number() + " played: all " + lesson.steps().size()
                + " steps' checks passed" + (attempts ? ", and " + tried + (tried == 1 ? " attempt was" : " attempts were")
                + " judged as the lesson says" : "") + "."));
        return 0;
    }
}
