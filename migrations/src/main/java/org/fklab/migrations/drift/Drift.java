package org.fklab.migrations.drift;

import java.util.List;

/** How the database's schema differs from what its applied migrations make: nothing, when no one changed it by hand. */
public record Drift(List<Difference> differences) {

    /** What every command prints under its drift lines. */
    public static final String FIX =
            "To keep these changes, fold them into a migration: makemigration NAME --from-drift";

    public Drift {
        differences = List.copyOf(differences);
    }

    public boolean none() {
        return differences.isEmpty();
    }
}
