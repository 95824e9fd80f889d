package org.fklab.shell.command.tutorial;

import java.util.List;

import org.fklab.shell.render.Console;
import org.fklab.shell.render.Styles;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.check.CheckResult;
import org.fklab.tutorials.check.Outcome;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Step;

/** How a lesson's step, a check's outcome and the quiet check's notices are shown. */
public final class LessonView {

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
        console.println(styles.dim("'next' checks it and goes on; 'check', 'hint', 'goal', 'solution', 'back' and"
                + " 'tutorial restart-step' help."));
    }

    /** Prints each condition with ✓ or ✗; returns 0 when every one holds, 1 otherwise. */
    static int check(ShellSession session, CheckResult result) {
        Console console = session.console();
        if (result.passed()) {
            console.println(console.styles().success("✓ Done: everything this step asks for is in place."));
            outcomes(session, result.outcomes());
            return 0;
        }
        notYet(session, result);
        return 1;
    }

    /** What a failed check says: what the step builds on that is gone, then every condition with ✓ or ✗. */
    static void notYet(ShellSession session, CheckResult result) {
        Console console = session.console();
        if (result.isOffTrack()) {
            offTrack(session, result);
            console.println("This step asks for:");
        } else {
            console.println(console.styles().warning("Not yet:"));
        }
        outcomes(session, result.outcomes());
    }

    private static void offTrack(ShellSession session, CheckResult result) {
        Console console = session.console();
        console.println(console.styles().warning("This step builds on something that is no longer so:"));
        result.staleDatabase().ifPresent(o -> console.println("  " + console.styles().error("✗") + " " + o.line()));
        result.offTrack().forEach(o -> console.println("  " + console.styles().error("✗") + " " + o.line()));
        if (!result.offTrack().isEmpty()) {
            console.println("  'undo' takes back your last command; 'tutorial restart-step' puts this step's start"
                    + " back.");
        }
    }

    private static void outcomes(ShellSession session, List<Outcome> outcomes) {
        Console console = session.console();
        for (Outcome outcome : outcomes) {
            String mark = outcome.holds() ? console.styles().success("✓") : console.styles().error("✗");
            console.println("  " + mark + " " + outcome.line());
        }
    }

    /** What the quiet check after a command found: the step is done (and what comes next), or off its track. */
    public static void notice(ShellSession session, TutorialEngine.Notice notice) {
        Console console = session.console();
        TutorialEngine.Position position = notice.position();
        if (!notice.done()) {
            offTrack(session, notice.check());
            return;
        }
        String step = "Step " + (position.step() + 1) + " · " + position.current().title();
        if (position.last()) {
            console.println(console.styles().success("✓ " + step + ": done. That was the last step:")
                    + " 'next' finishes the lesson.");
            return;
        }
        Step following = position.lesson().steps().get(position.step() + 1);
        console.println(console.styles().success("✓ " + step + ": done.") + " Next: " + following.goal()
                + console.styles().dim(" ('next' goes on)"));
    }
}
