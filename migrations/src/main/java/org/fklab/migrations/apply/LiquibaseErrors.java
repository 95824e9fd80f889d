package org.fklab.migrations.apply;

import java.sql.SQLException;

/** Turns Liquibase's nested exceptions into the one sentence that says what went wrong. */
public final class LiquibaseErrors {

    private LiquibaseErrors() {
    }

    public static String describe(Throwable failure) {
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
        return plain(message.strip());
    }

    /** HSQLDB's most common refusals in the lessons' words. */
    private static String plain(String message) {
        String notFound = "user lacks privilege or object not found: ";
        if (message.startsWith(notFound)) {
            String name = message.substring(notFound.length()).replace("PUBLIC.", "").toLowerCase(java.util.Locale.ROOT);
            return "there is no table or column " + name;
        }
        String exists = "object name already exists: ";
        if (message.startsWith(exists)) {
            String name = message.substring(exists.length()).split("\\s")[0].toLowerCase(java.util.Locale.ROOT);
            return name + " already exists";
        }
        return message;
    }
}
