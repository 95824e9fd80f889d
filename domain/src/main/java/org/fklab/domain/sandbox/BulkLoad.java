package org.fklab.domain.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.fklab.domain.DomainException;

/**
 * HSQLDB set for a large load into a file database that a {@link Savepoint} already protects, and set back after it:
 * no redo log. Without the log a kill mid-load leaves the files at the savepoint's checkpoint (HSQLDB puts the data
 * file back from its backup when it reopens), and the savepoint, or the workspace's undo copy, is what takes a load
 * back in any case; so the log, which would write every row a second time, protects nothing here. Closing turns it
 * back on and checkpoints, so that the committed rows are on disk before the load says it is done.
 *
 * <p>The loader may also {@linkplain #deferKeyChecks defer the foreign-key checks}: HSQLDB then stops looking up
 * each new row's parent (a fifth of a million-row load), and the loader checks every key of the loaded tables with
 * one query a key at the end, before anything is kept. Closing turns the checks back on; a load put back from its
 * savepoint gets the setting from before with the files.
 */
public final class BulkLoad implements AutoCloseable {

    private final Sandbox sandbox;
    private final boolean logged;
    private boolean keysDeferred;
    private boolean closed;

    private BulkLoad(Sandbox sandbox, boolean logged) {
        this.sandbox = sandbox;
        this.logged = logged;
    }

    static BulkLoad begin(Sandbox sandbox) {
        boolean logged;
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SELECT property_value"
                     + " FROM information_schema.system_properties WHERE property_name = 'hsqldb.log_data'")) {
            logged = !setting.next() || Boolean.parseBoolean(setting.getString(1));
        } catch (SQLException e) {
            throw new DomainException("The database could not be set for a large load: " + e.getMessage(), e);
        }
        sandbox.manage("SET FILES LOG FALSE");
        return new BulkLoad(sandbox, logged);
    }

    /**
     * Stops HSQLDB checking foreign keys as rows go in ({@code SET DATABASE REFERENTIAL INTEGRITY FALSE}) until
     * {@link #close}: the caller checks every key of what it loaded before it commits the last of it. Run on the
     * load's own connection, which HSQLDB's locks let through (the setting ends the connection's transaction, which
     * the savepoint covers like the load's batches).
     */
    public void deferKeyChecks(Connection loading) {
        try (Statement statement = loading.createStatement()) {
            statement.execute("SET DATABASE REFERENTIAL INTEGRITY FALSE");
        } catch (SQLException e) {
            throw new DomainException("The database could not be set for a large load: " + e.getMessage(), e);
        }
        keysDeferred = true;
    }

    /** Whether {@link #deferKeyChecks} was called: the loader owes the keys a check. */
    public boolean keysDeferred() {
        return keysDeferred;
    }

    /**
     * The load is undone by putting back a savepoint taken before it began: those files hold the settings from
     * before, so there is nothing left to set back.
     */
    public void undone() {
        closed = true;
    }

    /** Turns key checks and the log back on and checkpoints: what the load committed is then on disk. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (keysDeferred) {
            sandbox.manage("SET DATABASE REFERENTIAL INTEGRITY TRUE");
        }
        if (logged) {
            sandbox.manage("SET FILES LOG TRUE");
        }
        sandbox.manage("CHECKPOINT");
    }
}
