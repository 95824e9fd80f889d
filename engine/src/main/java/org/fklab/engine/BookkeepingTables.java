package org.fklab.engine;

import java.util.Locale;
import java.util.Set;

/**
 * The tables in every workspace database that record which migrations are applied: Liquibase's own two and fklab's
 * history. They are not a learner's tables, so nothing lists, describes, loads, exports or diffs them as one.
 */
public final class BookkeepingTables {

    /** fklab's record of every apply and unapply, with the checksum of what was applied. */
    public static final String MIGRATION_HISTORY = "FKLAB_MIGRATION_HISTORY";

    private static final Set<String> NAMES = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", MIGRATION_HISTORY);

    private BookkeepingTables() {
    }

    /** Whether {@code table} (named as stored, or as shown in lower case) is one of them. */
    public static boolean contains(String table) {
        return NAMES.contains(table.toUpperCase(Locale.ROOT));
    }
}
