package org.fklab.migrations.drift;

import java.util.Set;

import liquibase.database.Database;
import liquibase.diff.Difference;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.compare.DatabaseObjectComparatorChain;
import liquibase.statement.DatabaseFunction;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;

/**
 * Teaches Liquibase's diff that on HSQLDB a column whose default is NULL has no default. Liquibase drops a default
 * there with {@code SET DEFAULT NULL}, so a column whose default a migration dropped would otherwise differ from
 * one that never had any. Found by Liquibase through {@code META-INF/services}.
 */
public final class NullDefaultComparator extends HsqlComparator {

    private static final String DEFAULT = "defaultValue";

    public NullDefaultComparator() {
        super(Column.class);
    }

    @Override
    public ObjectDifferences findDifferences(DatabaseObject one, DatabaseObject other, Database accordingTo,
                                             CompareControl compareControl, DatabaseObjectComparatorChain chain,
                                             Set<String> exclude) {
        ObjectDifferences differences = chain.findDifferences(one, other, accordingTo, compareControl, exclude);
        Difference defaults = differences.getDifference(DEFAULT);
        if (defaults != null && none(defaults.getReferenceValue()) && none(defaults.getComparedValue())) {
            differences.removeDifference(DEFAULT);
        }
        return differences;
    }

    /** No default, or the NULL HSQLDB keeps after {@code SET DEFAULT NULL} (a text default 'NULL' is a String). */
    private static boolean none(Object value) {
        return value == null || value instanceof DatabaseFunction
                && "NULL".equalsIgnoreCase(((DatabaseFunction) value).getValue().strip());
    }
}
