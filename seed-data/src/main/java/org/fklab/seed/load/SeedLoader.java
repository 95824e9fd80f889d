package org.fklab.seed.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.IoErrors;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.sandbox.BulkLoad;
import org.fklab.domain.sandbox.CrashPoint;
import org.fklab.domain.sandbox.IdentityCounters;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.sandbox.Savepoint;
import org.fklab.domain.schema.Names;
import org.fklab.engine.DatabaseError;
import org.fklab.seed.SeedException;

/**
 * Loads CSV files into their tables, every row or none: parents before children whatever the order given,
 * every cell checked before the database sees it, rows inserted in JDBC batches, and all of it undone if
 * anything is wrong, with every problem reported by file:line. In memory a load is one transaction (and the
 * identity counters, which a rollback leaves moved on, are put back); on disk, where a file may hold millions
 * of rows and HSQLDB keeps every uncommitted row in memory, the load commits batch by batch after taking a
 * savepoint, and a refused load puts the savepoint back.
 */
public final class SeedLoader {

    /** From this many bytes (or rows) a load on disk sets HSQLDB for a large load ({@link BulkLoad}). */
    private static final long LARGE_BYTES = 1 << 20;
    private static final long LARGE_ROWS = 20_000;

    /** Which tables a load empties first. */
    public enum Replace {
        /** None: the rows are added to what is there. */
        NOTHING,
        /** The tables the files load into ({@code seed load --replace}). */
        TARGETS,
        /** Every table a learner works with, loaded or not (a fresh start: a lesson's data, {@code reset}). */
        EVERYTHING
    }

    /** How a load should go. */
    public record Options(boolean dryRun, Replace replace, LoadProgress progress) {

        public Options(boolean dryRun, boolean replace, LoadProgress progress) {
            this(dryRun, replace ? Replace.TARGETS : Replace.NOTHING, progress);
        }
    }

    private final Sandbox sandbox;

    public SeedLoader(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public LoadReport load(List<CsvSource> sources, boolean dryRun) {
        return load(sources, new Options(dryRun, false, LoadProgress.NONE));
    }

    public LoadReport load(List<CsvSource> sources, Options options) {
        if (sources.isEmpty() && options.replace() != Replace.EVERYTHING) {
            throw new SeedException("Name at least one CSV file or dataset to load.");
        }
        List<LoadReport.TableCount> counts = new ArrayList<>();
        Map<String, Long> emptied = new LinkedHashMap<>();
        List<TableTarget> targets;
        Problems problems = new Problems();
        Savepoint savepoint = null;
        BulkLoad bulk = null;
        IdentityCounters counters = null;
        boolean committed = false;
        boolean large = sandbox.onDisk() && large(sources);
        if (large) {
            sandbox.prepareToGrow(growth(sources)); // before the load's session: it may reopen the database
        }
        try {
            try (SqlSession session = sandbox.sessions().openSession(ExecutorType.BATCH, false)) {
                targets = TableOrder.parentsFirst(plan(session, sources), TableTarget::table,
                        TableTarget::parentTables);
                if (sandbox.onDisk()) {
                    savepoint = sandbox.savepoint();
                    if (large) {
                        bulk = sandbox.bulkLoad();
                    }
                } else {
                    counters = IdentityCounters.read(session,
                            targets.stream().map(TableTarget::table).distinct().toList());
                }
                Runnable afterBatch = savepoint == null ? () -> { } : () -> {
                    session.commit(true);
                    CrashPoint.reached("seed-batch");
                };
                if (options.replace() == Replace.TARGETS) {
                    emptied.putAll(empty(session, targets.stream().map(TableTarget::table).toList()));
                } else if (options.replace() == Replace.EVERYTHING) {
                    emptied.putAll(empty(session, TableOrder.parentsFirst(session)));
                }
                if (bulk != null) {
                    bulk.deferKeyChecks(session.getConnection()); // after emptying: that must still be refused
                }
                UninsertedRows uninserted = new UninsertedRows(targets);
                for (TableTarget target : targets) {
                    long rows = new FileLoad(session, target, problems, uninserted, options.progress(), afterBatch,
                            bulk != null)
                            .run();
                    counts.add(new LoadReport.TableCount(target.source().name(), target.displayTable(), rows));
                    if (problems.full()) {
                        break;
                    }
                }
                if (problems.isEmpty() && bulk != null && bulk.keysDeferred()) {
                    session.flushStatements();
                    KeyCheck.unmatched(session, targets.stream().map(TableTarget::table).toList())
                            .forEach(problems::add);
                }
                if (problems.isEmpty() && !options.dryRun()) {
                    session.commit(true);
                    committed = true;
                    CrashPoint.reached("seed-commit");
                } else {
                    session.rollback(true);
                }
            }
        } catch (PersistenceException e) {
            // the database refused something no row caused: say so in plain words, not in MyBatis's
            throw new SeedException("Nothing was loaded: " + SqlErrors.explain(e));
        } finally {
            try {
                if (!committed && savepoint != null) {
                    savepoint.restore(); // batches committed on the way are taken back
                    if (bulk != null) {
                        bulk.undone(); // and the files put back have the settings from before
                    }
                } else if (!committed && counters != null) {
                    counters.restore(sandbox);
                }
            } finally {
                try {
                    if (bulk != null) {
                        bulk.close(); // settings back, and what was committed on disk before the load says done
                    }
                } finally {
                    options.progress().finished();
                    if (savepoint != null) {
                        savepoint.close();
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedException("Nothing was loaded; " + problems.summary(), problems.list());
        }
        if (options.dryRun()) {
            return new LoadReport(counts, emptied, true);
        }
        continueIdentities(targets, emptied.keySet());
        return new LoadReport(counts, emptied, false);
    }

    /** Whether the files are big enough for {@link BulkLoad} to pay for its checkpoint (sizes not known: no). */
    private static boolean large(List<CsvSource> sources) {
        long bytes = 0;
        long rows = 0;
        for (CsvSource source : sources) {
            bytes += Math.max(0, source.size());
            rows += Math.max(0, source.rows());
        }
        return bytes >= LARGE_BYTES || rows >= LARGE_ROWS;
    }

    /** About how many bytes the rows of the files take in HSQLDB's data file: three times their CSV. */
    private static long growth(List<CsvSource> sources) {
        long bytes = 0;
        for (CsvSource source : sources) {
            bytes += source.size() >= 0 ? 3 * source.size() : 128 * Math.max(0, source.rows());
        }
        return bytes;
    }

    private static List<TableTarget> plan(SqlSession session, List<CsvSource> sources) {
        List<TableTarget> targets = new ArrayList<>();
        for (CsvSource source : sources) {
            try (CsvRows csv = CsvRows.open(source, new CsvFiles.ByteCounter())) {
                targets.add(TableTarget.plan(session, source, source.table().orElse(source.tableFromName()),
                        csv.header(), csv.headerLine()));
            } catch (IOException | UncheckedIOException e) {
                throw cannotOpen(source, e);
            }
        }
        return targets;
    }

    /**
     * --replace: the tables are emptied first, children before parents (the targets, given parents first, are
     * emptied in reverse), in the load itself. Returns each emptied table (stored name) with its former row count.
     */
    private static Map<String, Long> empty(SqlSession session, List<String> parentsFirst) {
        SeedMapper mapper = session.getMapper(SeedMapper.class);
        Map<String, Long> emptied = new LinkedHashMap<>();
        List<String> childrenFirst = new ArrayList<>(new LinkedHashSet<>(parentsFirst));
        Collections.reverse(childrenFirst);
        for (String table : childrenFirst) {
            emptied.put(table, mapper.countRows(table));
            mapper.deleteAll(table);
            try {
                session.flushStatements();
            } catch (PersistenceException e) {
                throw cannotEmpty(table, e);
            }
        }
        return emptied;
    }

    /** A table outside the load still points at rows of {@code table}, and its foreign key keeps them. */
    private static SeedException cannotEmpty(String table, PersistenceException e) {
        Optional<DatabaseError> refused = DatabaseError.of(e)
                .filter(error -> error.kind() == DatabaseError.Kind.STILL_REFERENCED && error.table().isPresent()
                        && error.constraint().isPresent());
        String shown = Names.display(table);
        if (refused.isPresent()) {
            String child = Names.display(refused.get().table().get());
            return new SeedException("Nothing was loaded: --replace cannot empty " + shown + ", because rows of "
                    + child + " still point at its rows and foreign key " + Names.display(refused.get().constraint()
                    .get()).toLowerCase(Locale.ROOT) + " does not let them lose their " + shown + " (ON DELETE"
                    + " RESTRICT or NO ACTION). Load " + child + " in the same command (it is emptied first), or"
                    + " delete or repoint those " + child + " rows first.");
        }
        return new SeedException("Nothing was loaded: --replace cannot empty " + shown + ". " + SqlErrors.explain(e));
    }

    /**
     * Tables given explicit ids, and tables emptied, number new rows from one past their highest id (from 1 when
     * empty), so a later add neither collides nor skips ahead.
     */
    private void continueIdentities(List<TableTarget> targets, Set<String> emptied) {
        sandbox.inTransaction(session -> {
            SeedMapper mapper = session.getMapper(SeedMapper.class);
            Set<String> tables = new LinkedHashSet<>(emptied);
            targets.stream().filter(TableTarget::explicitIds).forEach(t -> tables.add(t.table()));
            for (String table : tables) {
                TableOrder.identityColumn(session, table).ifPresent(column -> {
                    Long max = mapper.findMaxId(table, column);
                    mapper.restartIdentity(table, column, max == null ? 1 : max + 1);
                });
            }
            return null;
        });
    }

    private static SeedException cannotOpen(CsvSource source, Exception e) {
        if (e instanceof NoSuchFileException) {
            return new SeedException(source.name() + ": no such file. Check the path ('seed list' shows the"
                    + " built-in datasets).");
        }
        Utf8Reader.NotUtf8Exception notUtf8 = CsvFiles.notUtf8(e);
        if (notUtf8 != null) {
            return new SeedException(source.name() + ":" + notUtf8.line() + ": " + CsvFiles.NOT_UTF8);
        }
        return new SeedException(source.name() + ": cannot read the file: " + IoErrors.explain(e,
                Path.of(source.name())) + ".");
    }
}
