package org.fklab.shell.command.workspace;

import org.fklab.shell.session.ShellSession;
import org.fklab.shell.workspace.Snapshots;

/** Tells a learner inside a lesson when putting back a copy took the database back past the current step's start. */
final class LessonNotes {

    private LessonNotes() {
    }

    static void restored(ShellSession session, Snapshots.Snapshot snapshot) {
        try {
            session.tutorials().databaseRestored(snapshot.mark())
                    .ifPresent(note -> session.console().println(session.console().styles().warning("note: ") + note));
        } catch (RuntimeException e) {
            // a broken workspace lesson must not spoil the undo, which is done; 'tutorial' says what is wrong
        }
    }
}
