package org.fklab.migrations.drift;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.database.Database;
import liquibase.diff.DiffResult;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.ChangeGeneratorFactory;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

/**
 * The way back from a change of a migration written from drift, where Liquibase cannot invert the change by itself
 * (a drop) or would invert it wrongly (a default it would drop, where the migrations had another one). It is what
 * the migrations had, from the reference's snapshot, and Liquibase writes it: the change its diff would generate
 * to bring the database back to the migrations.
 */
final class Rollbacks {

    /** The changes to one property of a column, and the snapshot field that property is. */
    private static final Map<Class<? extends Change>, String> COLUMN_FIELDS = Map.of(
            AddDefaultValueChange.class, "defaultValue", DropDefaultValueChange.class, "defaultValue",
            ModifyDataTypeChange.class, "type",
            AddNotNullConstraintChange.class, "nullable", DropNotNullConstraintChange.class, "nullable");

    private final DiffResult diff;
    private final Database database;
    private final Database migrations;

    /** {@code database} and {@code migrations} are the diff's two sides: its reference and its comparison. */
    Rollbacks(DiffResult diff, Database database, Database migrations) {
        this.diff = diff;
        this.migrations = migrations;
        this.database = database;
    }

    /** The change that undoes {@code change}, or empty when Liquibase's own inverse of it is right. */
    Optional<Change> of(Change change) {
        DatabaseSnapshot before = diff.getComparisonSnapshot();
        if (change instanceof DropColumnChange) {
            DropColumnChange drop = (DropColumnChange) change;
            return create(find(before, Column.class, column(drop.getTableName(), drop.getColumnName())))
                    .map(Rollbacks::emptyColumnMayBeNull);
        }
        if (change instanceof DropTableChange) {
            return create(find(before, Table.class, named(((DropTableChange) change).getTableName())));
        }
        if (change instanceof DropIndexChange) {
            DropIndexChange drop = (DropIndexChange) change;
            return create(find(before, Index.class, named(drop.getIndexName()).and(onTable(drop.getTableName()))));
        }
        if (change instanceof DropForeignKeyConstraintChange) {
            DropForeignKeyConstraintChange drop = (DropForeignKeyConstraintChange) change;
            return create(find(before, ForeignKey.class, named(drop.getConstraintName())
                    .and(onTable(drop.getBaseTableName()))));
        }
        if (change instanceof DropPrimaryKeyChange) {
            return create(find(before, PrimaryKey.class, onTable(((DropPrimaryKeyChange) change).getTableName())));
        }
        if (change instanceof DropUniqueConstraintChange) {
            DropUniqueConstraintChange drop = (DropUniqueConstraintChange) change;
            return create(find(before, UniqueConstraint.class, named(drop.getConstraintName())
                    .and(onTable(drop.getTableName()))));
        }
        String field = COLUMN_FIELDS.get(change.getClass());
        if (field != null) {
            Map<String, Object> parameters = ChangeFactory.getInstance().getParameters(change);
            return restore((String) parameters.get("tableName"), (String) parameters.get("columnName"), field);
        }
        return Optional.empty();
    }

    /** Liquibase's change creating {@code object} as the migrations have it, in the database that lacks it. */
    private Optional<Change> create(DatabaseObject object) {
        return single(ChangeGeneratorFactory.getInstance().fixMissing(object, control(diff), migrations, database));
    }

    /** Liquibase's change giving a column's {@code field} back the value the migrations give it. */
    private Optional<Change> restore(String table, String column, String field) {
        Column before = find(diff.getComparisonSnapshot(), Column.class, column(table, column));
        Column now = find(diff.getReferenceSnapshot(), Column.class, column(table, column));
        ObjectDifferences back = new ObjectDifferences(new CompareControl())
                .addDifference(field, before.getAttribute(field, Object.class), now.getAttribute(field, Object.class));
        return single(ChangeGeneratorFactory.getInstance().fixChanged(before, back, control(diff), migrations, database));
    }

    private static Optional<Change> single(Change[] changes) {
        return changes == null || changes.length != 1 ? Optional.empty() : Optional.of(changes[0]);
    }

    /** A column that comes back has no values, so it may not be NOT NULL unless a default fills it. */
    private static Change emptyColumnMayBeNull(Change change) {
        if (change instanceof AddColumnChange) {
            for (AddColumnConfig column : ((AddColumnChange) change).getColumns()) {
                ConstraintsConfig constraints = column.getConstraints();
                if (constraints != null && Boolean.FALSE.equals(constraints.isNullable())
                        && column.getDefaultValueObject() == null) {
                    constraints.setNullable(true);
                }
            }
        }
        return change;
    }

    /** How fklab has Liquibase write changes: no catalog or schema names, nothing that is no drift. */
    static DiffOutputControl control(DiffResult diff) {
        return new DiffOutputControl(false, false, false, null)
                .setObjectChangeFilter(new DriftFilter(BackingIndexes.of(diff)));
    }

    private static <T extends DatabaseObject> T find(DatabaseSnapshot snapshot, Class<T> type, Predicate<DatabaseObject> which) {
        return snapshot.get(type).stream().filter(which).findFirst().orElseThrow(() -> new IllegalStateException(
                "the diff names a " + type.getSimpleName() + " its snapshot lacks"));
    }

    private static Predicate<DatabaseObject> named(String name) {
        return object -> object.getName() != null && object.getName().equalsIgnoreCase(name);
    }

    private static Predicate<DatabaseObject> onTable(String table) {
        return object -> table.equalsIgnoreCase(DriftFilter.tableOf(object));
    }

    private static Predicate<DatabaseObject> column(String table, String column) {
        return named(column).and(onTable(table));
    }
}
