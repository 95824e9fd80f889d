package org.fklab.engine;

import java.util.List;
import java.util.Optional;

/**
 * A database engine fklab runs on, as JDBC names it, and how its foreign keys behave where engines differ: what a
 * learner meets when the same schema moves to the engine used at work.
 */
public enum Engine {

    HSQLDB("HSQLDB", "HSQL Database Engine", List.of(
            "It makes an index on every foreign key's column by itself, so finding a parent's children never reads"
                    + " the whole child table. PostgreSQL makes none: there you index the column yourself, as"
                    + " fklab's migrations do with ix_listing_band_id.",
            "It refuses ON DELETE SET DEFAULT on a column that has no default. PostgreSQL accepts it, and a delete"
                    + " then sets the column to NULL.",
            "It checks every foreign key as each row is written: a constraint cannot be deferred to the end of"
                    + " the transaction (DEFERRABLE is a syntax error here). PostgreSQL can defer one, and then a"
                    + " transaction may insert a child before its parent."));

    private final String displayName;
    private final String productName;
    private final List<String> foreignKeyDifferences;

    Engine(String displayName, String productName, List<String> foreignKeyDifferences) {
        this.displayName = displayName;
        this.productName = productName;
        this.foreignKeyDifferences = foreignKeyDifferences;
    }

    /** The engine whose JDBC driver reports {@code productName} ({@code DatabaseMetaData.getDatabaseProductName}). */
    public static Optional<Engine> fromProductName(String productName) {
        for (Engine engine : values()) {
            if (engine.productName.equals(productName)) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }

    /** The name a learner knows it by. */
    public String displayName() {
        return displayName;
    }

    /** How its foreign keys behave where other engines' differ, a short paragraph each. */
    public List<String> foreignKeyDifferences() {
        return foreignKeyDifferences;
    }
}
