package org.fklab.domain.sandbox;

/**
 * A copy of the database to go back to, for a change too big to keep in one transaction (HSQLDB holds every
 * uncommitted row in memory). Closing it without restoring throws the copy away.
 */
public interface Savepoint extends AutoCloseable {

    /** Puts the database back as it was when the savepoint was taken. */
    void restore();

    /** Throws the copy away. */
    @Override
    void close();
}
