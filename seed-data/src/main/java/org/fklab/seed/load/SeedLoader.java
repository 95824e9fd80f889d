package org.fklab.seed.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.sandbox.Savepoint;
import org.fklab.seed.SeedException;

/**
 * Loads CSV files into their tables, every row or none: parents before children whatever the order given,
 * every cell checked before the database sees it, rows inserted in JDBC batches, and all of it undone if
 * anything is wrong, with every problem reported by file:line. In memory a load is one transaction; on
 * disk, where a file may hold millions of rows and HSQLDB keeps every uncommitted row in memory, the load
 * commits batch by batch after taking a savepoint, and a refused load puts the savepoint back.
 */
public final class SeedLoader {

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

        public static Options defaults() {
            return new Options(false, Replace.NOTHING, LoadProgress.NONE);
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
        boolean undo = true;
        try {
            try (SqlSession session = sandbox.sessions().openSession(ExecutorType.BATCH, false)) {
                targets = inForeignKeyOrder(plan(session, sources));
                if (sandbox.onDisk()) {
                    savepoint = sandbox.savepoint();
                }
                Runnable afterBatch = savepoint == null ? () -> { } : () -> session.commit(true);
                if (options.replace() == Replace.TARGETS) {
                    emptied.putAll(empty(session, targets.stream().map(TableTarget::table).toList()));
                } else if (options.replace() == Replace.EVERYTHING) {
                    emptied.putAll(empty(session, TableOrder.parentsFirst(session)));
                }
                for (TableTarget target : targets) {
                    long rows = new FileLoad(session, target, problems, options.progress(), afterBatch).run();
                    counts.add(new LoadReport.TableCount(target.source().name(), target.displayTable(), rows));
                    if (problems.full()) {
                        break;
                    }
                }
                if (problems.isEmpty() && !options.dryRun()) {
                    session.commit(true);
                    undo = false;
                } else {
                    session.rollback(true);
                }
            }
            if (undo && savepoint != null) {
                savepoint.restore();
            }
        } finally {
            options.progress().finished();
            if (savepoint != null) {
                savepoint.close();
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

    private static List<TableTarget> plan(SqlSession session, List<CsvSource> sources) {
        List<TableTarget> targets = new ArrayList<>();
        for (CsvSource source : sources) {
            try (CSVParser parser = CsvFiles.open(source, new CsvFiles.ByteCounter())) {
                List<String> header = CsvFiles.header(parser, source);
                targets.add(TableTarget.plan(session, source, source.table().orElse(source.tableFromName()), header));
            } catch (IOException | UncheckedIOException e) {
                throw cannotOpen(source, e);
            }
        }
        return targets;
    }

    /** Parents first; files for unrelated tables keep the order they were given in. */
    static List<TableTarget> inForeignKeyOrder(List<TableTarget> targets) {
        Set<String> tablesInLoad = new HashSet<>();
        targets.forEach(t -> tablesInLoad.add(t.table()));
        List<TableTarget> ordered = new ArrayList<>();
        Set<String> loaded = new HashSet<>();
        List<TableTarget> waiting = new ArrayList<>(targets);
        while (!waiting.isEmpty()) {
            TableTarget next = waiting.stream()
                    .filter(t -> t.parentTables().stream().noneMatch(p -> tablesInLoad.contains(p) && !loaded.contains(p)
                            && waiting.stream().anyMatch(w -> w.table().equals(p))))
                    .findFirst().orElse(waiting.get(0));
            waiting.remove(next);
            ordered.add(next);
            if (waiting.stream().noneMatch(w -> w.table().equals(next.table()))) {
                loaded.add(next.table());
            }
        }
        return ordered;
    }

    /**
     * --replace: the tables are emptied first, children before parents (the targets, given parents first, are
     * emptied in reverse), in the load itself. Returns each emptied table (stored name) with its former row count.
     */
    private static Map<String, Long> empty(SqlSession session, List<String> parentsFirst) {
        SeedMapper mapper = session.getMapper(SeedMapper.class);
        Map<String, Long> emptied = new LinkedHashMap<>();
        List<String> childrenFirst = new ArrayList<>(new java.util.LinkedHashSet<>(parentsFirst));
        java.util.Collections.reverse(childrenFirst);
        for (String table : childrenFirst) {
            emptied.put(table, mapper.countRows(table));
            mapper.deleteAll(table);
        }
        session.flushStatements();
        return emptied;
    }

    /**
     * Tables given explicit ids, and tables emptied, number new rows from one past their highest id (from 1 when
     * empty), so a later add neither collides nor skips ahead.
     */
    private void continueIdentities(List<TableTarget> targets, java.util.Set<String> emptied) {
        sandbox.inTransaction(session -> {
            SeedMapper mapper = session.getMapper(SeedMapper.class);
            java.util.Set<String> tables = new java.util.LinkedHashSet<>(emptied);
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
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new SeedException(source.name() + ": no such file. Check the path ('seed list' shows the"
                    + " built-in datasets).");
        }
        if (CsvFiles.notUtf8(e)) {
            return new SeedException(source.name() + ":1: this is not UTF-8 text. Save the file as \"CSV UTF-8\""
                    + " from the spreadsheet.");
        }
        return new SeedException(source.name() + ": cannot read the file: " + e.getMessage());
    }
}
