package org.fklab.migrations.apply;

import java.util.List;

import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;

/**
 * What reaching a target takes: the migrations to unapply (newest first), then the ones to apply
 * (parents first), and the graph they were planned on, which carrying the plan out uses rather than read the
 * migration files again.
 */
public record MigrationPlan(String target, List<Migration> unapply, List<Migration> apply, MigrationGraph graph) {

    public MigrationPlan {
        unapply = List.copyOf(unapply);
        apply = List.copyOf(apply);
    }

    public boolean isEmpty() {
        return unapply.isEmpty() && apply.isEmpty();
    }
}
