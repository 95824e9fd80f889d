package org.fklab.migrations;

/** A migration problem a person can act on: the message names the cause and the fix. */
public class MigrationException extends RuntimeException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
