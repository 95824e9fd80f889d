package org.fklab.shell.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.fklab.domain.DomainException;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.check.WorkspaceCheck;
import org.fklab.migrations.graph.MigrationGraph;
import org.fklab.tutorials.engine.StepMark;

/**
 * Opens a workspace's database. A fresh one is migrated to the head of the built-in migrations and
 * given the tutorial dataset; an existing one is opened as it was left (without starting Liquibase) and
 * its migrations are checked.
 */
public final class WorkspaceOpener {

    /**
     * The opened database, whether this start created it, and what the migration check found: problems
     * to show, and a note when a stale Liquibase lock was released.
     */
    public record Opened(Sandbox sandbox, boolean created, List<String> notes, List<String> problems) {
    }

    private WorkspaceOpener() {
    }

    public static Opened open(Workspace workspace) {
        MigrationCatalog catalog = MigrationCatalog.withWorkspace(workspace.migrationsFolder());
        // reading the migration files needs no database: do it while HSQLDB opens its files
        CompletableFuture<MigrationGraph> graph = CompletableFuture.supplyAsync(catalog::load, WorkspaceOpener::daemon);
        Optional<String> lost = workspace.inMemory() ? Optional.empty() : LostFiles.find(workspace);
        Sandbox sandbox = Sandbox.openFile(workspace.databaseFolder(), !workspace.inMemory());
        try {
            List<String> notes = new ArrayList<>();
            sandbox.recovered().ifPresent(notes::add);
            lost.ifPresent(notes::add);
            Journal journal = new Journal(workspace.root());
            boolean interruptedCreation = journal.pending().filter(e -> e.kind() == Journal.Kind.CREATE).isPresent();
            if (interruptedCreation) {
                wipe(sandbox);
                notes.add("Making this workspace was interrupted (fklab was stopped before it finished); it was made"
                        + " again from the start.");
            } else {
                new Snapshots(workspace, sandbox, () -> StepMark.OUTSIDE).recover().ifPresent(notes::add);
            }
            if (Migrator.neverMigrated(sandbox.dataSource())) {
                journal.begin(Journal.Kind.CREATE, "making a new workspace", Optional.empty());
                NewDatabase.makeInto(sandbox, catalog);
                journal.end();
                return new Opened(sandbox, true, notes, List.of());
            }
            WorkspaceCheck.Result check = WorkspaceCheck.run(sandbox.dataSource(), catalog, () -> {
                try {
                    return graph.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
                }
            });
            check.releasedLock().ifPresent(notes::add);
            return new Opened(sandbox, false, notes, check.problems());
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /** Drops everything a half-made workspace holds, so it can be made again from the start. */
    private static void wipe(Sandbox sandbox) {
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA PUBLIC CASCADE");
        } catch (SQLException e) {
            throw new DomainException("Cannot clear the half-made workspace database (" + e.getMessage() + "). Move"
                    + " the workspace's db folder away and start fklab again.", e);
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "fklab-read-migrations");
        thread.setDaemon(true);
        thread.start();
    }
}
