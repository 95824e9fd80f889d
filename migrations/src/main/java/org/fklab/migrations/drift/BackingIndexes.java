package org.fklab.migrations.drift;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import liquibase.diff.DiffResult;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.UniqueConstraint;

/**
 * The indexes HSQLDB keeps behind the primary keys, foreign keys and unique constraints of both sides of a diff:
 * they come and go with their key, so the key's difference says all there is to say about them.
 */
final class BackingIndexes {

    private final Set<String> names = new HashSet<>();

    private BackingIndexes() {
    }

    static BackingIndexes of(DiffResult diff) {
        BackingIndexes backing = new BackingIndexes();
        backing.add(diff.getReferenceSnapshot());
        backing.add(diff.getComparisonSnapshot());
        return backing;
    }

    private void add(DatabaseSnapshot snapshot) {
        snapshot.get(ForeignKey.class).forEach(key -> add(key.getBackingIndex()));
        snapshot.get(PrimaryKey.class).forEach(key -> add(key.getBackingIndex()));
        snapshot.get(UniqueConstraint.class).forEach(key -> add(key.getBackingIndex()));
    }

    private void add(Index index) {
        if (index != null && index.getRelation() != null) {
            names.add(key(index));
        }
    }

    boolean contains(Index index) {
        return index.getRelation() != null && names.contains(key(index));
    }

    private static String key(Index index) {
        return (index.getRelation().getName() + "." + index.getName()).toUpperCase(Locale.ROOT);
    }
}
