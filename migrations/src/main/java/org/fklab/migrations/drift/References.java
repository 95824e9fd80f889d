package org.fklab.migrations.drift;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.fklab.migrations.apply.AppliedChangeSets;
import org.fklab.migrations.catalog.MigrationCatalog;

/**
 * The references this JVM has built, by the applied changeSets they were built from and the migration files
 * ({@link org.fklab.migrations.catalog.MigrationCatalog#fingerprint}): what the migrations make depends on nothing
 * else, so a lesson that checks for drift after every command builds one only when a migration is applied,
 * unapplied or edited. The most recently used are kept open (a lesson goes back and forth over a dozen states;
 * each is a small in-memory database); the others are shut down.
 */
final class References {

    private static final int KEPT = 16;

    private static final Map<String, Reference> BUILT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reference> eldest) {
            if (size() > KEPT) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    private References() {
    }

    /** The reference for the changeSets and migration files {@code key} names, which {@code live} has applied. */
    static synchronized Reference forKey(String key, DataSource live, MigrationCatalog catalog) throws Exception {
        Reference reference = BUILT.get(key);
        if (reference == null) {
            reference = Reference.build(catalog, AppliedChangeSets.read(live));
            BUILT.put(key, reference);
        }
        return reference;
    }
}
