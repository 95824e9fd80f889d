package org.fklab.shell.command.tutorial;

import java.util.List;

import org.fklab.shell.render.Console;
import org.fklab.shell.render.Styles;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.engine.CheckResult;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Step;

/** How a lesson's step and a check's outcome are shown. */
final class LessonView {

    private LessonView() {
    }

    static void step(ShellSession session, TutorialEngine.Position position) {
        Console console = session.console();
        Styles styles = console.styles();
        Step step = position.current();
        console.println();
        console.println(styles.header("Lesson " + position.lesson().number() + " · " + position.lesson().title()));
        console.println(styles.header("Step " + (position.step() + 1) + " of " + position.lesson().steps().size()
                + " · " + step.title()));
        console.println();
        step.text().strip().lines().forEach(line -> console.println("  " + line));
        if (!step.tryCommands().isEmpty()) {
            console.println();
            console.println("Try:");
            step.tryCommands().forEach(command -> console.println("  " + styles.code(command)));
        }
        console.println();
        console.println(styles.warning("Goal: ") + step.goal());
        console.println(styles.dim("Type 'next' when it is done; 'check', 'hint', 'goal', 'solution' and 'back' help."));
    }

    /** Prints each condition's outcome; returns 0 when every one holds, 1 otherwise. */
    static int check(ShellSession session, CheckResult result) {
        Console console = session.console();
        if (result.passed()) {
            console.println(console.styles().success("✓ Done: everything this step asks for is in place."));
            return 0;
        }
        console.println(console.styles().warning("Not yet:"));
        missing(session, result.missing());
        return 1;
    }

    static void missing(ShellSession session, List<String> sentences) {
        sentences.forEach(s -> session.console().println("  ✗ " + s));
    }
}
