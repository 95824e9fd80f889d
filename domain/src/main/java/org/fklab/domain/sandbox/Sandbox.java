package org.fklab.domain.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.logging.nologging.NoLoggingImpl;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.fklab.domain.DomainException;
import org.fklab.domain.IoErrors;
import org.fklab.domain.author.AuthorMapper;
import org.fklab.domain.band.BandMapper;
import org.fklab.domain.book.BookMapper;
import org.fklab.domain.console.SqlConsoleMapper;
import org.fklab.domain.deletion.ReferencingRowMapper;
import org.fklab.domain.listing.ListingMapper;
import org.fklab.domain.schema.SchemaMapper;
import org.hsqldb.jdbc.JDBCDataSource;
import org.fklab.domain.console.RawResultInterceptor;
import org.fklab.domain.console.ResultBound;
import org.fklab.domain.console.VerbatimLanguageDriver;
import org.fklab.domain.explain.StatementRecorder;
import org.fklab.engine.Engine;

/**
 * The embedded HSQLDB database a learner works in, and the MyBatis session factory that every command
 * runs its mapped statements through. Mappers are found by type: an interface and its XML at the same
 * package path, in any module.
 */
public final class Sandbox implements AutoCloseable {

    /** Names are compared exactly: by default HSQLDB ignores trailing spaces, so 'Muse' would equal 'Muse '. */
    private static final String COMMON = ";sql.pad_space=false";

    private final String description;
    private final Path folder; // of a file database, or null in memory
    private final JDBCDataSource dataSource;
    private final SqlSessionFactory sessions;
    private final StatementRecorder recorder = new StatementRecorder();
    private final RunningStatements running = new RunningStatements();
    private final WorkspaceLock lock;
    private boolean closed;
    private Optional<String> recovered = Optional.empty();
    private volatile EngineVersion engine;

    /** A configuration whose mapper XML is being parsed ahead, for the first sandbox of the process. */
    private static final AtomicReference<LazyMapperConfiguration> PREPARED = new AtomicReference<>();

    /**
     * Starts parsing the mappers before anything else is known (fklab's main calls it first thing), so the
     * first sandbox finds them ready. Later sandboxes parse their own.
     */
    public static void prepare() {
        PREPARED.compareAndSet(null, newConfiguration());
    }

    private Sandbox(String url, String description, WorkspaceLock lock, Path folder) {
        this.description = description;
        this.folder = folder;
        this.lock = lock;
        // HSQLDB's own data source: an in-process connection is cheap, so no pool, and no DriverManager
        // (whose driver scan alone costs a tenth of a second at start-up)
        this.dataSource = new JDBCDataSource();
        this.dataSource.setUrl(url);
        this.dataSource.setUser("SA");
        this.dataSource.setPassword("");
        LazyMapperConfiguration configuration = PREPARED.getAndSet(null);
        if (configuration == null) {
            configuration = newConfiguration();
        }
        configuration.setEnvironment(new Environment("fklab", new JdbcTransactionFactory(), dataSource));
        configuration.addInterceptor(recorder);
        configuration.addInterceptor(running);
        this.sessions = new SqlSessionFactoryBuilder().build(configuration);
    }

    /**
     * Opens (creating if needed) the file database in {@code folder}. Every commit reaches the disk before
     * the command returns, so a killed shell loses nothing that was reported done.
     */
    public static Sandbox openFile(Path folder) {
        return openFile(folder, true);
    }

    /**
     * Opens the file database in {@code folder}; a {@code durable} one writes every commit to disk before the
     * command returns, a throwaway one (the --in-memory workspace) leaves that to the operating system.
     */
    public static Sandbox openFile(Path folder, boolean durable) {
        WorkspaceLock lock = WorkspaceLock.acquire(folder);
        Optional<String> recovered;
        try {
            recovered = DatabaseFiles.recover(folder);
        } catch (IOException e) {
            lock.close();
            throw new DomainException("Cannot open the database in " + folder + ": its files could not be put in order ("
                    + e.getMessage() + "). Check that the workspace folder can be written.", e);
        }
        String url = "jdbc:hsqldb:file:" + folder.toAbsolutePath().resolve("fklab")
                + ";hsqldb.write_delay=" + !durable + ";hsqldb.default_table_type=cached;hsqldb.lock_file=false" + COMMON;
        Sandbox sandbox = new Sandbox(url, folder.toString(), lock, folder.toAbsolutePath());
        sandbox.recovered = recovered;
        sandbox.connectOrExplain();
        return sandbox;
    }

    /** What opening the database put right after a kill (a copy half put back), to tell the learner. */
    public Optional<String> recovered() {
        return recovered;
    }

    /** A throwaway database that disappears when the sandbox closes. */
    public static Sandbox inMemory() {
        Sandbox sandbox = new Sandbox("jdbc:hsqldb:mem:fklab-" + UUID.randomUUID() + COMMON, "in memory", null, null);
        sandbox.connectOrExplain();
        return sandbox;
    }

    private void connectOrExplain() {
        try (Connection connection = dataSource.getConnection()) {
            // the first connection opens the database files
            if (folder != null) {
                fitRowCache(connection, 0);
            }
        } catch (SQLException e) {
            if (lock != null) {
                lock.close();
            }
            throw new DomainException("Cannot open the database in " + description + ": " + e.getMessage()
                    + ". If the files were damaged, move the workspace's db folder away to start afresh.", e);
        }
    }

    private static LazyMapperConfiguration newConfiguration() {
        LazyMapperConfiguration configuration = new LazyMapperConfiguration();
        configuration.setLogImpl(NoLoggingImpl.class);
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.getLanguageRegistry().register(VerbatimLanguageDriver.class);
        configuration.addInterceptor(new RawResultInterceptor());
        configuration.addInterceptor(new ResultBound());
        configuration.preload(List.of(BandMapper.class, ListingMapper.class, AuthorMapper.class, BookMapper.class,
                SchemaMapper.class, ReferencingRowMapper.class, SqlConsoleMapper.class));
        return configuration;
    }

    /** The engine the database runs on and its version, as its JDBC driver reports them (asked once). */
    public EngineVersion engine() {
        EngineVersion known = engine;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData metaData = connection.getMetaData();
                String product = metaData.getDatabaseProductName();
                known = new EngineVersion(Engine.fromProductName(product).orElseThrow(() -> new DomainException(
                        "The database reports itself as " + product + ", which fklab does not know.")),
                        metaData.getDatabaseProductVersion());
            } catch (SQLException e) {
                throw new DomainException("Cannot ask the database which engine it is: " + e.getMessage(), e);
            }
            engine = known;
        }
        return known;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SqlSessionFactory sessions() {
        return sessions;
    }

    /**
     * Stops the statements running on this database now, from another thread (Ctrl-C): each fails with an
     * SQLException and, as a failed statement does, changes nothing. True if one was running.
     */
    public boolean cancelRunningStatements() {
        return running.cancelAll();
    }

    /** Records the statements MyBatis runs, for {@code explain on}. */
    public StatementRecorder recorder() {
        return recorder;
    }

    public String description() {
        return description;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Function<SqlSession, T> work) {
        try (SqlSession session = sessions.openSession(false)) {
            T result = work.apply(session);
            session.commit(true);
            return result;
        }
    }

    /** Runs {@code work} and rolls back whatever it did: for previews ({@code --dry-run}) and reads. */
    public <T> T rolledBack(Function<SqlSession, T> work) {
        try (SqlSession session = sessions.openSession(false)) {
            try {
                return work.apply(session);
            } finally {
                session.rollback(true);
            }
        }
    }

    /** Whether the database lives in files (and so can be copied to a {@link Savepoint}). */
    public boolean onDisk() {
        return folder != null;
    }

    /**
     * Copies the database's files after a checkpoint, so they can be put back. Only for a database on disk;
     * nothing may write to the database while the copy is taken (fklab's shell runs one command at a time).
     */
    public Savepoint savepoint() {
        requireFiles();
        return FileSavepoint.take(this, folder);
    }

    /**
     * Sets the database for a large load that a {@link #savepoint} taken just before protects: no redo log. Closing
     * it sets the database back and checkpoints; only for a database on disk.
     */
    public BulkLoad bulkLoad() {
        requireFiles();
        return BulkLoad.begin(this);
    }

    /**
     * Sizes HSQLDB's row cache for a database about to grow by {@code moreBytes} of rows (a large load), reopening
     * the database if that changes it: call it with no session open. Only for a database on disk.
     */
    public void prepareToGrow(long moreBytes) {
        requireFiles();
        try (Connection connection = dataSource.getConnection()) {
            fitRowCache(connection, moreBytes);
        } catch (SQLException e) {
            throw new DomainException("The database could not be set for a large load: " + e.getMessage(), e);
        }
    }

    /** Sizes the row cache for the files and {@code moreBytes} more, and reopens the database if that changed it. */
    private void fitRowCache(Connection connection, long moreBytes) throws SQLException {
        if (RowCache.fit(connection, folder, DatabaseFiles.dataBytes(folder) + moreBytes)) {
            dataSource.getConnection().close(); // opens the files again, with the new cache
        }
    }

    /**
     * Copies the database's files into {@code target} (created if needed) after a checkpoint, so that
     * {@link #restoreFrom} can put them back. Nothing may write meanwhile: fklab's shell runs one command at a time.
     */
    public void copyTo(Path target) {
        requireFiles();
        manage("CHECKPOINT");
        try {
            DatabaseFiles.copy(folder, target);
        } catch (IOException e) {
            throw new DomainException("Cannot copy the database to " + target + ": " + IoErrors.explain(e, target)
                    + ".", e);
        }
    }

    /**
     * Replaces the database with a copy made by {@link #copyTo}, as a whole: a kill at any moment leaves the old
     * files or the new ones. The next statement reopens it.
     */
    public void restoreFrom(Path copy) {
        requireFiles();
        manage("SHUTDOWN IMMEDIATELY");
        try {
            DatabaseFiles.replace(copy, folder);
        } catch (IOException e) {
            throw new DomainException("Cannot put the database back from " + copy + ": " + IoErrors.explain(e, folder)
                    + ". The database is as it was.", e);
        }
    }

    private void requireFiles() {
        if (folder == null) {
            throw new IllegalStateException("an in-memory database has no files to copy");
        }
    }

    /** Runs a statement that manages the database files (CHECKPOINT, SHUTDOWN). */
    void manage(String statement) {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new DomainException("The database could not " + statement.toLowerCase(java.util.Locale.ROOT) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Writes everything to disk and releases the database files, so another shell may open them. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException | PersistenceException e) {
            // the database is already gone (for example after SHUTDOWN in 'sql'); nothing left to release
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
