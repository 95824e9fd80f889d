package org.fklab.migrations.apply;

import java.util.List;

import org.fklab.migrations.graph.Migration;

/**
 * What reaching a target takes: the migrations to unapply (newest first), then the ones to apply
 * (parents first).
 */
public record MigrationPlan(String target, List<Migration> unapply, List<Migration> apply) {

    public MigrationPlan {
        unapply = List.copyOf(unapply);
        apply = List.copyOf(apply);
    }

    public boolean isEmpty() {
        return unapply.isEmpty() && apply.isEmpty();
    }
}
