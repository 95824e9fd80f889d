package org.fklab.migrations.drift;

import java.util.HashSet;
import java.util.List;

import javax.sql.DataSource;

import org.fklab.migrations.apply.LiquibaseRunner;
import org.fklab.migrations.catalog.MigrationCatalog;

import liquibase.database.Database;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.exception.LiquibaseException;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

/**
 * Liquibase's snapshot and diff, limited to what a migration can change here: tables, columns, keys, indexes.
 * The database is the diff's reference and the migrations' copy its comparison, so Liquibase's changes for the
 * diff turn what the migrations make into what the database is: the migration that folds the drift in.
 */
final class LiquibaseDiff {

    private static final List<Class<? extends DatabaseObject>> TYPES = List.of(Table.class, Column.class,
            PrimaryKey.class, ForeignKey.class, Index.class, UniqueConstraint.class);

    private LiquibaseDiff() {
    }

    @SuppressWarnings("unchecked")
    static DatabaseSnapshot snapshot(Database database) throws LiquibaseException {
        SnapshotControl control = new SnapshotControl(database, TYPES.toArray(new Class[0]));
        return SnapshotGeneratorFactory.getInstance().createSnapshot(database.getDefaultSchema(), database, control);
    }

    /** Work with a diff while Liquibase's views of both databases are open. */
    interface DiffWork {
        void run(DiffResult diff, Database database, Database migrations) throws Exception;
    }

    /**
     * Diffs the database behind {@code dataSource} against the reference its applied changeSets ({@code applied},
     * an {@link AppliedChangeSetsKey}) make, and hands the diff to {@code work}.
     */
    static void withDiff(DataSource dataSource, MigrationCatalog catalog, String applied, DiffWork work)
            throws Exception {
        Reference reference = References.forKey(applied + "\n" + catalog.fingerprint(), dataSource, catalog);
        new LiquibaseRunner(dataSource, catalog.workspaceFolder()).run(database -> work.run(
                compare(snapshot(database), reference.snapshot()), database, reference.database()));
    }

    static DiffResult compare(DatabaseSnapshot database, DatabaseSnapshot migrations) throws LiquibaseException {
        // a CompareControl of its own each time: the diff narrows its set of types in place
        return DiffGeneratorFactory.getInstance().compare(database, migrations, new CompareControl(new HashSet<>(TYPES)));
    }
}
