package org.fklab.domain;

/** A problem with what a person asked for; the message names the cause and the fix. Nothing was changed. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }

    public DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
