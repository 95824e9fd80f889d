package org.fklab.shell.command;

import java.util.List;

import org.fklab.domain.DomainException;
import org.fklab.migrations.MigrationException;
import org.fklab.seed.SeedException;
import org.fklab.tutorials.lesson.LessonException;

/**
 * The roots of the exceptions fklab's modules throw with a message written for the learner (the cause and the fix):
 * such a message is shown as it is. One list, so a command and the start of fklab agree on what explains itself.
 */
public final class ExplainedFailures {

    private static final List<Class<? extends RuntimeException>> ROOTS = List.of(DomainException.class,
            MigrationException.class, SeedException.class, LessonException.class);

    private ExplainedFailures() {
    }

    /** Whether {@code failure}'s message is one of fklab's own, to show as it is. */
    public static boolean explainsItself(Throwable failure) {
        return ROOTS.stream().anyMatch(root -> root.isInstance(failure));
    }
}
