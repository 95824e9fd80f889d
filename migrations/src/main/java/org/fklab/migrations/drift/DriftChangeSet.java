package org.fklab.migrations.drift;

import java.util.List;

/**
 * One changeSet of a migration written from drift: a comment in words, its one change and the change that undoes
 * it (empty where Liquibase works out the way back itself), as Liquibase YAML lines indented to sit under
 * {@code changes:} and {@code rollback:} in a changelog.
 */
public record DriftChangeSet(String comment, List<String> change, List<String> rollback) {

    public DriftChangeSet {
        change = List.copyOf(change);
        rollback = List.copyOf(rollback);
    }
}
