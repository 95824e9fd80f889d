package org.fklab.migrations.drift;

import java.util.Set;

import liquibase.database.Database;
import liquibase.database.core.HsqlDatabase;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.compare.DatabaseObjectComparator;
import liquibase.diff.compare.DatabaseObjectComparatorChain;
import liquibase.structure.DatabaseObject;

/**
 * A link fklab adds to Liquibase's chain of comparators for one type of object on HSQLDB, ahead of Liquibase's
 * own: it passes everything on to them unless it overrides a step.
 */
abstract class HsqlComparator implements DatabaseObjectComparator {

    private final Class<? extends DatabaseObject> type;

    HsqlComparator(Class<? extends DatabaseObject> type) {
        this.type = type;
    }

    @Override
    public int getPriority(Class<? extends DatabaseObject> objectType, Database database) {
        return type.isAssignableFrom(objectType) && database instanceof HsqlDatabase ? PRIORITY_DATABASE
                : PRIORITY_NONE;
    }

    @Override
    public boolean isSameObject(DatabaseObject one, DatabaseObject other, Database accordingTo,
                                DatabaseObjectComparatorChain chain) {
        return chain.isSameObject(one, other, accordingTo);
    }

    @Override
    public String[] hash(DatabaseObject object, Database accordingTo, DatabaseObjectComparatorChain chain) {
        return chain.hash(object, accordingTo);
    }

    @Override
    public ObjectDifferences findDifferences(DatabaseObject one, DatabaseObject other, Database accordingTo,
                                             CompareControl compareControl, DatabaseObjectComparatorChain chain,
                                             Set<String> exclude) {
        return chain.findDifferences(one, other, accordingTo, compareControl, exclude);
    }
}
