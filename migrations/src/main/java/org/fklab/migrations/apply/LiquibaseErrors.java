package org.fklab.migrations.apply;

import java.sql.SQLException;
import java.util.Locale;

import liquibase.exception.RollbackImpossibleException;
import org.fklab.engine.DatabaseError;

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
        if (sql != null) {
            return plain(DatabaseError.of((SQLException) sql));
        }
        return deepest.getMessage() == null ? "Liquibase failed without saying why" : deepest.getMessage().strip();
    }

    /** Whether {@code failure} says a change has no automatic inverse and its changeSet no rollback. */
    public static boolean cannotUndo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RollbackImpossibleException) {
                return true;
            }
        }
        return false;
    }

    /** The database's most common refusals in the lessons' words. */
    private static String plain(DatabaseError error) {
        String name = error.name().map(n -> n.toLowerCase(Locale.ROOT)).orElse("?");
        switch (error.kind()) {
            case NO_SUCH_OBJECT:
                return "there is no table or column " + name;
            case ALREADY_EXISTS:
                return name + " already exists";
            default:
                return error.text();
        }
    }
}
