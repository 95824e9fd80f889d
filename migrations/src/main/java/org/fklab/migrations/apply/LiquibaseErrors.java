package org.fklab.migrations.apply;

import java.sql.SQLException;

/** Turns Liquibase's nested exceptions into the one sentence that says what went wrong. */
final class LiquibaseErrors {

    private LiquibaseErrors() {
    }

    static String describe(Throwable failure) {
        Throwable sql = null;
        Throwable deepest = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException && sql == null) {
                sql = t;
            }
            deepest = t;
        }
        Throwable chosen = sql != null ? sql : deepest;
        String message = chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
        return message.strip();
    }
}
