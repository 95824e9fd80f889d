package org.fklab.migrations.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.catalog.MigrationCatalog;

import liquibase.change.Change;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.diff.DiffResult;
import liquibase.diff.output.changelog.ChangeGeneratorFactory;
import liquibase.diff.output.changelog.DiffToChangeLog;
import liquibase.structure.core.Column;
import liquibase.structure.core.Index;

/**
 * The drift as the changeSets of a migration: Liquibase's changelog for its diff (which turns what the migrations
 * make into what the database is), one change per changeSet, each with the way back to what the migrations had.
 */
public final class FromDrift {

    private FromDrift() {
    }

    /** The changeSets that fold the drift of the database behind {@code dataSource} in; none when there is none. */
    public static List<DriftChangeSet> changeSets(DataSource dataSource, MigrationCatalog catalog) {
        List<DriftChangeSet> result = new ArrayList<>();
        try {
            LiquibaseDiff.withDiff(dataSource, catalog, AppliedChangeSetsKey.of(dataSource),
                    (diff, database, migrations) -> result.addAll(changeSets(diff, database, migrations)));
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationException("Cannot write the drift as a migration: " + DriftCheck.reason(e) + ".", e);
        }
        return result;
    }

    private static List<DriftChangeSet> changeSets(DiffResult diff, Database database, Database migrations) {
        List<Change> changes = new ArrayList<>();
        for (ChangeSet changeSet : new DiffToChangeLog(diff, Rollbacks.control(diff)).generateChangeSets()) {
            changes.addAll(changeSet.getChanges());
        }
        addDropsOfIndexesThatGoWithTheirColumn(changes, diff, database, migrations);
        Rollbacks rollbacks = new Rollbacks(diff, database, migrations);
        List<DriftChangeSet> result = new ArrayList<>();
        for (Change change : changes) {
            Optional<Change> rollback = rollbacks.of(change);
            if (rollback.isEmpty() && !change.supportsRollback(migrations)) {
                ChangeNames.tidy(change);
                throw new MigrationException("fklab cannot write a way to undo '" + ChangeWords.of(change) + "', so it"
                        + " writes no migration for the drift. Undo that change with 'sql', or write the migration"
                        + " yourself.");
            }
            ChangeNames.tidy(change);
            rollback.ifPresent(ChangeNames::tidy);
            result.add(new DriftChangeSet(ChangeWords.of(change), ChangeYaml.lines(change),
                    rollback.map(ChangeYaml::lines).orElse(List.of())));
        }
        return result;
    }

    /**
     * Liquibase leaves out the drop of an index that goes with its dropped column or table, so undoing the drop
     * would not bring the index back: drop it first, in a changeSet of its own that undoes to it.
     */
    private static void addDropsOfIndexesThatGoWithTheirColumn(List<Change> changes, DiffResult diff, Database database,
                                                               Database migrations) {
        BackingIndexes behindKeys = BackingIndexes.of(diff);
        for (Index index : diff.getUnexpectedObjects(Index.class)) {
            if (behindKeys.contains(index) || DriftFilter.ignored(index) || dropped(changes, index)) {
                continue;
            }
            for (int i = 0; i < changes.size(); i++) {
                if (takesAlong(changes.get(i), index)) {
                    Change[] drop = ChangeGeneratorFactory.getInstance().fixUnexpected(index, Rollbacks.control(diff),
                            database, migrations);
                    if (drop != null) {
                        changes.addAll(i, List.of(drop));
                    }
                    break;
                }
            }
        }
    }

    private static boolean dropped(List<Change> changes, Index index) {
        return changes.stream().anyMatch(change -> change instanceof DropIndexChange
                && index.getName().equalsIgnoreCase(((DropIndexChange) change).getIndexName()));
    }

    private static boolean takesAlong(Change change, Index index) {
        String table = index.getRelation().getName();
        if (change instanceof DropTableChange) {
            return table.equalsIgnoreCase(((DropTableChange) change).getTableName());
        }
        if (change instanceof DropColumnChange) {
            DropColumnChange drop = (DropColumnChange) change;
            return table.equalsIgnoreCase(drop.getTableName()) && index.getColumns().stream().map(Column::getName)
                    .anyMatch(drop.getColumnName()::equalsIgnoreCase);
        }
        return false;
    }
}
