package org.fklab.domain;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;

/** A fresh in-memory database built by the real built-in migrations, for tests of any module. */
public final class TestSandbox {

    private TestSandbox() {
    }

    /** Migrated to the head of the built-in migrations, with no rows. */
    public static Sandbox migrated() {
        return migratedTo(null);
    }

    /** Migrated to {@code target} (null for the head). */
    public static Sandbox migratedTo(String target) {
        Sandbox sandbox = Sandbox.inMemory();
        Migrator migrator = new Migrator(sandbox.dataSource(), MigrationCatalog.builtIn());
        migrator.execute(target == null ? migrator.planToLeaf() : migrator.planTo(target));
        return sandbox;
    }
}
