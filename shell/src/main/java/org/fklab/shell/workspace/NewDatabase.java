package org.fklab.shell.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fklab.domain.sandbox.Folders;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.seed.load.SeedLoader;

/**
 * The database of a new workspace: every built-in migration applied by Liquibase, the tutorial dataset loaded. A
 * person's fklab makes one at most, so the first is only made. A JVM that makes a second (the tests' workspaces, a
 * server making many) keeps that one's files, and every later one is a copy of them: what Liquibase would make
 * again, in a fraction of the time.
 */
final class NewDatabase {

    /** How many new databases Liquibase made in this JVM. */
    private static int madeByLiquibase;
    /** The files of the second new database this JVM made, once it is made; deleted when the JVM ends. */
    private static Path made;

    private NewDatabase() {
    }

    /** Makes {@code sandbox}, an empty database, into a new workspace's; {@code catalog} finds its changelogs. */
    static synchronized void makeInto(Sandbox sandbox, MigrationCatalog catalog) {
        if (made != null && sandbox.onDisk()) {
            sandbox.restoreFrom(made);
            return;
        }
        Migrator migrator = new Migrator(sandbox.dataSource(), MigrationCatalog.builtIn().load(), catalog);
        migrator.execute(migrator.planToLeaf());
        new SeedLoader(sandbox).load(BuiltInDatasets.find(BuiltInDatasets.TUTORIAL).orElseThrow().csvSources(), false);
        if (sandbox.onDisk() && ++madeByLiquibase == 2) {
            keep(sandbox); // not for the first: a one-shot process makes no second, and must not pay for the copy
        }
    }

    private static void keep(Sandbox sandbox) {
        try {
            Path copy = Files.createTempDirectory("fklab-new-database-");
            sandbox.copyTo(copy);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Folders.deleteTree(copy);
                } catch (IOException e) {
                    // a temporary folder the system clears in time
                }
            }, "fklab-new-database"));
            made = copy;
        } catch (IOException | RuntimeException e) {
            // no copy to reuse: the next new workspace is made by Liquibase too
        }
    }
}
