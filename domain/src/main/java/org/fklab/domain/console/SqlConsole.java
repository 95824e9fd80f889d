package org.fklab.domain.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.DomainException;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.deletion.DeletedRows;
import org.fklab.domain.deletion.RefusedDelete;
import org.fklab.domain.sandbox.Sandbox;

/** Runs the SQL a learner types, all statements of one command in one transaction. */
public final class SqlConsole {

    /**
     * One statement and what it produced; for a DELETE of rows that foreign keys point at, what the keys' ON DELETE
     * rules did to the rows pointing at them (empty when fklab could not tell which rows the DELETE removed).
     */
    public record Outcome(String statement, ResultTable result, Optional<DeletedRows> deleted) {

        public Outcome(String statement, ResultTable result) {
            this(statement, result, Optional.empty());
        }

        /** The statement's first keyword in upper case (SELECT, INSERT, CREATE...), after any comments. */
        public String verb() {
            String code = SqlScript.withoutLeadingComments(statement);
            String first = code.isEmpty() ? "" : code.split("[\\s(;]+", 2)[0];
            return first.toUpperCase(Locale.ROOT);
        }
    }

    /** Statements HSQLDB commits as soon as they run, whatever comes after them. */
    private static final Set<String> SCHEMA_VERBS = Set.of("CREATE", "ALTER", "DROP", "TRUNCATE");

    private final Sandbox sandbox;

    public SqlConsole(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * What became of the statements before the one that failed: undone, but for a schema change, which HSQLDB commits
     * the moment it runs, together with everything before it.
     */
    private static String undone(List<String> before) {
        int lastSchemaChange = -1;
        for (int i = 0; i < before.size(); i++) {
            if (SCHEMA_VERBS.contains(new Outcome(before.get(i), null).verb())) {
                lastSchemaChange = i;
            }
        }
        if (lastSchemaChange < 0) {
            return " The statements before it were undone too.";
        }
        String verb = new Outcome(before.get(lastSchemaChange), null).verb();
        String stand = lastSchemaChange == 0 ? "Statement 1 (" + verb + ") stands"
                : "Statements 1 to " + (lastSchemaChange + 1) + " stand";
        String rest = lastSchemaChange == before.size() - 1 ? "" : ", the ones after it were undone";
        return " " + stand + rest + ": HSQLDB makes a schema change (" + verb + ") for good the moment it runs, with"
                + " everything before it. 'undo' takes the whole command back.";
    }

    public List<Outcome> run(String text) {
        return run(text, () -> false);
    }

    /**
     * Runs the statements of {@code text} in one transaction and returns what each produced, a query's rows up to
     * {@link ResultTable#MAX_ROWS} (its {@link ResultTable#totalRows()} counts them all).
     *
     * @param stopped whether the person asked to stop ({@link Sandbox#cancelRunningStatements} was called for it):
     *                the failure of a cancelled statement is then reported as stopped
     */
    public List<Outcome> run(String text, BooleanSupplier stopped) {
        KeptRows kept = new KeptRows();
        run(text, stopped, kept);
        return kept.outcomes();
    }

    /**
     * Runs the statements of {@code text} in one transaction, each query's rows handed to {@code results} as they are
     * read. A statement that fails undoes the command and is a DomainException.
     *
     * @param stopped whether the person asked to stop (Ctrl-C): asked while a query's rows are read (the receiver
     *                then takes no more), the command is undone and the statements after it do not run
     * @return empty when every statement ran; after such a stop, what became of the statements before it ("" when
     *         nothing was changed)
     */
    public Optional<String> run(String text, BooleanSupplier stopped, RowReceiver.Results results) {
        List<String> statements = SqlScript.split(text);
        if (statements.isEmpty()) {
            throw new DomainException("There is no statement to run. Type one after 'sql', e.g. sql SELECT * FROM band;");
        }
        for (String statement : statements) {
            String verb = new Outcome(statement, null).verb();
            if (verb.equals("SHUTDOWN") || verb.equals("CHECKPOINT") || verb.equals("BACKUP")) {
                throw new DomainException(verb + " manages the database files, which fklab does for you; it is not"
                        + " available in 'sql'. Use 'exit' to close the shell.");
            }
        }
        try (SqlSession session = sandbox.sessions().openSession(false)) {
            for (int i = 0; i < statements.size(); i++) {
                String statement = statements.get(i);
                Optional<DeleteStatement.Plan> plan = DeleteStatement.of(statement).flatMap(d -> d.plan(session));
                ResultTable result;
                try {
                    if (stopped.getAsBoolean()) {
                        throw new PersistenceException("stopped while reading what the DELETE would remove");
                    }
                    result = session.getMapper(SqlConsoleMapper.class).execute(new ConsoleStatement(statement, results));
                } catch (PersistenceException e) {
                    session.rollback(true);
                    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                        if (cause instanceof DomainException) {
                            throw (DomainException) cause; // where the rows went failed (a file that cannot be written)
                        }
                    }
                    throw failure(statements, i, e, stopped, plan);
                }
                results.done(new Outcome(statement, result,
                        plan.flatMap(p -> p.confirm(session, result.updateCount()))));
                if (stopped.getAsBoolean()) {
                    session.rollback(true);
                    String after = i < statements.size() - 1 ? " The statements after it did not run." : "";
                    return Optional.of((after + (i > 0 ? undone(statements.subList(0, i)) : "")).strip());
                }
            }
            session.commit(true);
            return Optional.empty();
        }
    }

    /** Why statement {@code i} failed, and what became of the ones before it. */
    private static DomainException failure(List<String> statements, int i, PersistenceException e,
                                           BooleanSupplier stopped, Optional<DeleteStatement.Plan> plan) {
        String which = statements.size() > 1 ? "Statement " + (i + 1) + " of " + statements.size() + ": " : "";
        String undone = i > 0 ? undone(statements.subList(0, i)) : "";
        if (stopped.getAsBoolean()) {
            return new DomainException(which + "stopped (Ctrl-C) before it finished; it changed nothing."
                    + undone + " (A query that runs this long often joins tables without a condition,"
                    + " pairing every row of one with every row of the other: check its ON or WHERE.)", e);
        }
        String message = which + SqlErrors.explain(e) + undone;
        return plan.filter(DeleteStatement.Plan::blocked)
                .<DomainException>map(p -> new RefusedDelete(message, p.rows(), e))
                .orElseGet(() -> new DomainException(message, e));
    }

}
