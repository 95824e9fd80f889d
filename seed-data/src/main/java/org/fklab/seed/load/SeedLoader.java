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

    /** How a load should go. */
    public record Options(boolean dryRun, boolean replace, LoadProgress progress) {

        public static Options defaults() {
            return new Options(false, false, LoadProgress.NONE);
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
        if (sources.isEmpty()) {
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
                if (options.replace()) {
                    emptied.putAll(empty(session, targets));
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
        continueIdentities(targets);
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

    /** --replace: the target tables are emptied first, children before parents, in the load's transaction. */
    private static Map<String, Long> empty(SqlSession session, List<TableTarget> targets) {
        SeedMapper mapper = session.getMapper(SeedMapper.class);
        Map<String, Long> emptied = new LinkedHashMap<>();
        List<TableTarget> childrenFirst = new ArrayList<>(targets);
        java.util.Collections.reverse(childrenFirst);
        for (TableTarget target : childrenFirst) {
            if (!emptied.containsKey(target.displayTable())) {
                emptied.put(target.displayTable(), mapper.countRows(target.table()));
                mapper.deleteAll(target.table());
            }
        }
        session.flushStatements();
        return emptied;
    }

    /** Tables given explicit ids go on numbering after the highest, so a later add does not collide. */
    private void continueIdentities(List<TableTarget> targets) {
        Map<String, String> tables = new LinkedHashMap<>();
        targets.stream().filter(TableTarget::explicitIds).forEach(t -> tables.put(t.table(), t.identityColumn()));
        if (tables.isEmpty()) {
            return;
        }
        sandbox.inTransaction(session -> {
            SeedMapper mapper = session.getMapper(SeedMapper.class);
            tables.forEach((table, column) -> {
                Long max = mapper.findMaxId(table, column);
                mapper.restartIdentity(table, column, max == null ? 1 : max + 1);
            });
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
