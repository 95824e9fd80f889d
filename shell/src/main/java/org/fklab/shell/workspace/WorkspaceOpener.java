package org.fklab.shell.workspace;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.seed.load.SeedLoader;

/**
 * Opens a workspace's database. A fresh one is migrated to the head of the built-in migrations and
 * given the tutorial dataset; an existing one is opened as it was left, without starting Liquibase.
 */
public final class WorkspaceOpener {

    /** The opened database and whether this start created it. */
    public record Opened(Sandbox sandbox, boolean created) {
    }

    private WorkspaceOpener() {
    }

    public static Opened open(Workspace workspace) {
        Sandbox sandbox = workspace.inMemory() ? Sandbox.inMemory() : Sandbox.openFile(workspace.databaseFolder());
        try {
            boolean fresh = Migrator.neverMigrated(sandbox.dataSource());
            if (fresh) {
                initialize(sandbox, workspace);
            }
            return new Opened(sandbox, fresh);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /** The state of a new workspace: every built-in migration applied, the tutorial dataset loaded. */
    static void initialize(Sandbox sandbox, Workspace workspace) {
        Migrator migrator = new Migrator(sandbox.dataSource(), MigrationCatalog.withWorkspace(workspace.migrationsFolder()));
        migrator.execute(migrator.planToLeaf());
        new SeedLoader(sandbox).load(BuiltInDatasets.find(BuiltInDatasets.TUTORIAL).orElseThrow().sources(), false);
    }
}
