package org.fklab.migrations.history;

import java.time.LocalDateTime;

/** One line of {@code migrations history}. */
public record HistoryEntry(long id, String migration, Action action, LocalDateTime at) {

    /** What happened to the migration. */
    public enum Action {
        APPLIED, UNAPPLIED
    }
}
