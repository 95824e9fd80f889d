package org.fklab.domain.sandbox;

import org.fklab.domain.DomainException;

/** Another process holds the workspace database open. */
public class WorkspaceInUseException extends DomainException {

    public WorkspaceInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
