package org.fklab.migrations.drift;

import java.util.Locale;

import liquibase.database.Database;
import liquibase.diff.compare.DatabaseObjectComparatorChain;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Index;

/**
 * Teaches Liquibase's diff that on HSQLDB an index someone named is known by its name. Liquibase matches two
 * indexes on the same columns as one, so a dropped {@code ix_listing_band_id} would pass for the index HSQLDB
 * keeps behind the foreign key on the same column. A name HSQLDB chose itself ({@code SYS_IDX_...}) differs
 * between two databases built alike, so those indexes are still matched by their columns, and only with each
 * other. Found by Liquibase through {@code META-INF/services}.
 */
public final class NamedIndexComparator extends HsqlComparator {

    public NamedIndexComparator() {
        super(Index.class);
    }

    @Override
    public boolean isSameObject(DatabaseObject one, DatabaseObject other, Database accordingTo,
                                DatabaseObjectComparatorChain chain) {
        String name = one.getName();
        String otherName = other.getName();
        if (name != null && otherName != null) {
            boolean system = HsqlNames.isSystem(name);
            if (system != HsqlNames.isSystem(otherName)) {
                return false;
            }
            if (!system && !name.toLowerCase(Locale.ROOT).equals(otherName.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return chain.isSameObject(one, other, accordingTo);
    }
}
