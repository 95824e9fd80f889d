package org.fklab.migrations.apply;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.ChangelogSyncCommandStep;
import liquibase.command.core.ReleaseLocksCommandStep;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import liquibase.UpdateSummaryEnum;

/**
 * Runs Liquibase's own commands on one changelog at a time, quietly: no analytics call, no console
 * summary, and log output only when asked for.
 */
public final class LiquibaseRunner {

    /** Liquibase logs through java.util.logging; hold the logger so its level sticks. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    /**
     * Liquibase keeps JVM-wide singletons (lock services, history services it resets while taking a lock), so two
     * runs at once, even on two databases, can leave one waiting minutes for a lock nobody holds. That happens when
     * a workspace opening begun early is discarded while another starts, so runs take turns.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    private final DataSource dataSource;
    private final ResourceAccessor resources;

    public LiquibaseRunner(DataSource dataSource, Optional<Path> workspaceFolder) {
        this.dataSource = dataSource;
        List<ResourceAccessor> accessors = new ArrayList<>();
        accessors.add(new ClassLoaderResourceAccessor(LiquibaseRunner.class.getClassLoader()));
        workspaceFolder.filter(Files::isDirectory).ifPresent(folder -> {
            try {
                accessors.add(new DirectoryResourceAccessor(folder));
            } catch (FileNotFoundException e) {
                throw new UncheckedIOException(e);
            }
        });
        this.resources = new CompositeResourceAccessor(accessors);
        // fklab reports Liquibase's failures itself, in one sentence; its log (with stack traces) only with --debug
        LIQUIBASE_LOG.setLevel(Boolean.getBoolean("fklab.debug") ? Level.INFO : Level.OFF);
    }

    void update(String changelogPath) throws Exception {
        run(database -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .execute());
    }

    /** Applies the first {@code count} changeSets of the changelog that are not applied yet. */
    public void updateCount(String changelogPath, int count) throws Exception {
        run(database -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .execute());
    }

    /** Records every changeSet of the changelog as applied without running it: the database already has them. */
    void changelogSync(String changelogPath) throws Exception {
        run(database -> new CommandScope(ChangelogSyncCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                .execute());
    }

    void rollbackCount(String changelogPath, int count) throws Exception {
        run(database -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                .execute());
    }

    void releaseLocks() throws Exception {
        run(database -> new CommandScope(ReleaseLocksCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .execute());
    }

    /**
     * The SQL that applying (or unapplying) a changelog runs on this database, from Liquibase's own SQL
     * generators, whether or not it is applied now. Each changeSet is introduced by a comment line.
     */
    List<String> previewSql(String changelogPath, boolean backwards) throws Exception {
        List<String> lines = new ArrayList<>();
        run(database -> {
            DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser(changelogPath, resources)
                    .parse(changelogPath, new ChangeLogParameters(database), resources);
            List<ChangeSet> changeSets = new ArrayList<>(changelog.getChangeSets());
            if (backwards) {
                Collections.reverse(changeSets);
            }
            SqlGeneratorFactory generators = SqlGeneratorFactory.getInstance();
            for (ChangeSet changeSet : changeSets) {
                lines.add("-- " + (backwards ? "undo " : "") + changeSet.getId()
                        + (changeSet.getComments() == null ? "" : ": " + changeSet.getComments()));
                List<Sql> sql = new ArrayList<>();
                if (!backwards) {
                    for (liquibase.change.Change change : changeSet.getChanges()) {
                        sql.addAll(List.of(generators.generateSql(change, database)));
                    }
                } else if (!changeSet.getRollback().getChanges().isEmpty()) {
                    for (liquibase.change.Change change : changeSet.getRollback().getChanges()) {
                        sql.addAll(List.of(generators.generateSql(change, database)));
                    }
                } else {
                    List<liquibase.change.Change> changes = new ArrayList<>(changeSet.getChanges());
                    Collections.reverse(changes);
                    for (liquibase.change.Change change : changes) {
                        sql.addAll(List.of(generators.generateSql(change.generateRollbackStatements(database), database)));
                    }
                }
                if (sql.isEmpty()) {
                    lines.add("-- (no SQL: this change only records that it ran)");
                }
                for (Sql statement : sql) {
                    lines.add(statement.toSql() + (statement.getEndDelimiter() == null ? ";" : statement.getEndDelimiter()));
                }
            }
        });
        return lines;
    }

    /** Work done with Liquibase's view of the database. */
    public interface DatabaseWork {
        void run(Database database) throws Exception;
    }

    /**
     * Runs {@code work} on this runner's database inside fklab's quiet Liquibase scope, taking turns with every
     * other Liquibase run in the JVM.
     */
    public void run(DatabaseWork work) throws Exception {
        quietly(() -> {
            try (Connection connection = dataSource.getConnection()) {
                work.run(open(connection));
            }
            return null;
        });
    }

    /** Runs {@code work} in fklab's quiet Liquibase scope, taking turns with every other Liquibase run in the JVM. */
    public <T> T quietly(Callable<T> work) throws Exception {
        Map<String, Object> scope = Map.of(
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), resources,
                AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        synchronized (ONE_AT_A_TIME) {
            return Scope.child(scope, work::call);
        }
    }

    /** Liquibase's view of the database behind {@code connection}, which the caller keeps open and closes. */
    public static Database open(Connection connection) throws DatabaseException, SQLException {
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }
}
