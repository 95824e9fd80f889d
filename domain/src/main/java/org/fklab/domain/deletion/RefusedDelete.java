package org.fklab.domain.deletion;

import java.util.List;

import org.fklab.domain.DomainException;

/** A DELETE statement that a foreign key refused, with the rows that were in its way. */
public final class RefusedDelete extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient DeletedRows wouldDelete;

    public RefusedDelete(String message, DeletedRows wouldDelete, Throwable cause) {
        super(message, cause);
        this.wouldDelete = wouldDelete;
    }

    /** What the statement would have done through each foreign key, the refusing ones among them. */
    public List<ChildEffect> effects() {
        return wouldDelete.effects();
    }
}
