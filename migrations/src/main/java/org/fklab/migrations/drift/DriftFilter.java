package org.fklab.migrations.drift;

import liquibase.database.Database;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.output.ObjectChangeFilter;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Relation;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

/**
 * What is no drift, left out of what is said and of a migration written from drift: the tables that record
 * migrations (Liquibase's, and fklab's FKLAB_MIGRATION_HISTORY, which a scratch database lacks) and the indexes
 * HSQLDB keeps behind keys (they come and go with their key; a migration cannot drop one).
 */
final class DriftFilter implements ObjectChangeFilter {

    private final BackingIndexes behindKeys;

    DriftFilter(BackingIndexes behindKeys) {
        this.behindKeys = behindKeys;
    }

    /** Whether {@code object} is no learner's concern: a bookkeeping table or part of one, or on no table at all. */
    static boolean ignored(DatabaseObject object) {
        String table = tableOf(object);
        return table == null || HsqlNames.isBookkeeping(table);
    }

    private boolean excluded(DatabaseObject object) {
        String table = tableOf(object);
        return table != null && HsqlNames.isBookkeeping(table)
                || object instanceof Index && behindKeys.contains((Index) object);
    }

    /** The table an object is or belongs to, as stored (upper case), or null. */
    static String tableOf(DatabaseObject object) {
        if (object instanceof Table) {
            return object.getName();
        }
        if (object instanceof ForeignKey) {
            Table table = ((ForeignKey) object).getForeignKeyTable();
            return table == null ? null : table.getName();
        }
        if (object instanceof PrimaryKey) {
            Table table = ((PrimaryKey) object).getTable();
            return table == null ? null : table.getName();
        }
        Relation relation = object instanceof Column ? ((Column) object).getRelation()
                : object instanceof Index ? ((Index) object).getRelation()
                : object instanceof UniqueConstraint ? ((UniqueConstraint) object).getRelation() : null;
        return relation == null ? null : relation.getName();
    }

    @Override
    public boolean includeMissing(DatabaseObject object, Database referenceDatabase, Database comparisonDatabase) {
        return !excluded(object);
    }

    @Override
    public boolean includeUnexpected(DatabaseObject object, Database referenceDatabase, Database comparisonDatabase) {
        return !excluded(object);
    }

    @Override
    public boolean includeChanged(DatabaseObject object, ObjectDifferences differences, Database referenceDatabase,
                                  Database comparisonDatabase) {
        return !excluded(object);
    }

    @Override
    public boolean include(DatabaseObject object) {
        return !excluded(object);
    }
}
