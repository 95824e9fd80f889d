package org.fklab.shell.command;

import java.util.Optional;
import java.util.Set;

import org.fklab.shell.command.database.DiagramCommand;
import org.fklab.shell.command.migration.ShowMigrationsCommand;
import org.fklab.shell.command.tutorial.LessonView;
import org.fklab.shell.command.tutorial.StepCommands;
import org.fklab.shell.command.tutorial.TutorialCommand;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Show;

import picocli.CommandLine;

/**
 * What follows a learner's command inside a lesson: the pictures the step asks for after a change (the migration
 * graph, the diagram), and the quiet check that says the moment the step is done, or that a command went further
 * than the step needs.
 */
final class LessonFollowUp {

    /** Commands that show or check the step themselves: no quiet check after them. */
    private static final Set<Class<?>> ABOUT_THE_STEP = Set.of(TutorialCommand.class, StepCommands.Next.class,
            StepCommands.Back.class, StepCommands.Check.class, StepCommands.Goal.class, StepCommands.Hint.class,
            StepCommands.Solution.class);

    private final ShellSession session;
    private final CommandRegistry registry;

    LessonFollowUp(ShellSession session, CommandRegistry registry) {
        this.session = session;
        this.registry = registry;
    }

    void after(CommandLine command, boolean changedSomething) {
        Optional<TutorialEngine.Position> position;
        try {
            position = session.tutorials().position();
        } catch (RuntimeException e) {
            return; // a broken workspace lesson: 'tutorial' says what is wrong with it
        }
        if (position.isEmpty() || ABOUT_THE_STEP.contains(command.getCommandSpec().root().userObject().getClass())) {
            return;
        }
        if (changedSomething) {
            for (Show picture : position.get().current().show()) {
                show(picture);
            }
        }
        try {
            session.tutorials().afterCommand().ifPresent(notice -> LessonView.notice(session, notice));
        } catch (RuntimeException e) {
            // the quiet check must never get in the way of the command; 'check' reports what went wrong
        }
    }

    private void show(Show picture) {
        Class<?> type = picture == Show.GRAPH ? ShowMigrationsCommand.class : DiagramCommand.class;
        session.console().println(session.console().styles().dim(picture == Show.GRAPH
                ? "The migrations now (this step shows them after each change):"
                : "The tables now (this step shows them after each change):"));
        registry.commandLine(type).execute();
        session.sandbox().recorder().drain();
    }
}
