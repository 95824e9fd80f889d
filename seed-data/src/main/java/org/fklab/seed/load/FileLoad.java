package org.fklab.seed.load;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.IoErrors;

/**
 * Streams one CSV into its table: reads a record at a time, has each converted and checked ({@link RowConversion})
 * before the database sees it, and inserted in JDBC batches ({@link BatchWriter}), keeping the keys later rows may
 * point at ({@link KeyTracker}). Every problem is noted with the file and the physical line it is on; after the first
 * one nothing more is inserted, but reading goes on to find the others.
 */
final class FileLoad {

    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final SqlSession session;
    private final TableTarget target;
    private final Problems problems;
    private final LoadProgress progress;
    private final BatchWriter batches;
    private final KeyTracker keys;
    private final RowConversion conversion;

    /**
     * @param uninserted rows of the load checked but not inserted (once it has a problem), which later rows may
     *                   point at; this file's are added to it
     * @param afterBatch run after each batch the database accepted (a commit, when the load is made safe by a
     *                   savepoint instead of one transaction)
     * @param large      whether the load is large (and set so): rows may then be sent in the order that suits the
     *                   database best, where that changes nothing
     */
    FileLoad(SqlSession session, TableTarget target, Problems problems, UninsertedRows uninserted,
             LoadProgress progress, Runnable afterBatch, boolean large) {
        this.session = session;
        this.target = target;
        this.problems = problems;
        this.progress = progress;
        this.batches = new BatchWriter(session, target, problems, afterBatch, large);
        this.keys = new KeyTracker(session, target, uninserted, batches::flush);
        this.conversion = new RowConversion(target, problems, keys);
    }

    /** The rows read from the file. */
    long run() {
        session.flushStatements(); // parents loaded just before must be visible to the lookups
        keys.read();
        CsvSource source = target.source();
        CsvFiles.ByteCounter bytes = new CsvFiles.ByteCounter();
        long rows = 0;
        long nextReport = System.nanoTime() + PROGRESS_EVERY_NANOS;
        try (CsvRows csv = CsvRows.open(source, bytes)) {
            int width = csv.header().size();
            for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                rows++;
                if (conversion.convert(row.record(), width, row.line()) instanceof ConvertedRow.Values converted) {
                    boolean insert = converted.complete() && problems.isEmpty();
                    boolean full = insert && batches.add(row.line(), converted.values(), row.record().values());
                    keys.remember(converted.values(), row.line(), insert);
                    if (full) {
                        batches.flush();
                    }
                }
                if (problems.full()) {
                    break;
                }
                if ((rows & 1023) == 0 && progress.stopRequested()) {
                    problems.add(source.name() + ":" + row.line() + ": stopped here, as asked (Ctrl-C).");
                    problems.stop();
                    break;
                }
                if ((rows & 1023) == 0 && System.nanoTime() > nextReport) {
                    progress.reading(source.name(), bytes.count, source.size(), rows, source.rows());
                    nextReport = System.nanoTime() + PROGRESS_EVERY_NANOS;
                }
            }
            batches.flush();
        } catch (CsvRows.UnreadableException e) {
            problems.add(source.name() + ":" + e.line() + ": " + e.getMessage());
            problems.stop();
        } catch (IOException e) {
            problems.add(source.name() + ": cannot read the file: " + IoErrors.explain(e, Path.of(source.name())) + ".");
            problems.stop();
        }
        progress.reading(source.name(), bytes.count, source.size(), rows, source.rows());
        return rows;
    }
}
