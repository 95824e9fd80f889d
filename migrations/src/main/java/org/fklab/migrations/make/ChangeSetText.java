package org.fklab.migrations.make;

import java.util.List;

/**
 * One changeSet to write: a comment in words, its change (YAML lines under {@code changes:}) and, where
 * Liquibase cannot work out the way back by itself, the rollback (YAML lines under {@code rollback:}).
 */
record ChangeSetText(String comment, List<String> change, List<String> rollback) {

    ChangeSetText(String comment, List<String> change) {
        this(comment, change, List.of());
    }
}
