package org.fklab.domain.deletion;

import org.fklab.domain.DomainException;

/** A DELETE statement that a foreign key refused, with the rows that were in its way. */
public final class RefusedDelete extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient DeletedRows wouldDelete;

    public RefusedDelete(String message, DeletedRows wouldDelete, Throwable cause) {
        super(message, cause);
        this.wouldDelete = wouldDelete;
    }

    /** The rows the statement would have deleted, and what that would do through each foreign key. */
    public DeletedRows wouldDelete() {
        return wouldDelete;
    }
}
