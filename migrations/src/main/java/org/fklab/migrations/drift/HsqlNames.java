package org.fklab.migrations.drift;

import java.util.Locale;

import org.fklab.engine.BookkeepingTables;

/**
 * Names in a snapshot as a person writes them, and the names that are not a learner's concern: those HSQLDB
 * gives objects nobody named ({@code SYS_IDX_...}, {@code SYS_PK_...}, which differ between two databases
 * built alike) and the tables that record migrations.
 */
final class HsqlNames {

    private HsqlNames() {
    }

    static boolean isSystem(String name) {
        return name != null && name.toUpperCase(Locale.ROOT).startsWith("SYS_");
    }

    /** Liquibase's and fklab's own tables (FKLAB_MIGRATION_HISTORY): never drift. */
    static boolean isBookkeeping(String table) {
        return BookkeepingTables.contains(table);
    }

    /** {@code LISTING} as {@code listing}; a name someone quoted in mixed case stays as it is. */
    static String display(String name) {
        return name != null && name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
