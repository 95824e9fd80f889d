package org.fklab.migrations.apply;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
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
final class LiquibaseRunner {

    /** Liquibase logs through java.util.logging; hold the logger so its level sticks. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final DataSource dataSource;
    private final ResourceAccessor resources;

    LiquibaseRunner(DataSource dataSource, Optional<Path> workspaceFolder) {
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
        if (!Boolean.getBoolean("fklab.debug")) {
            LIQUIBASE_LOG.setLevel(Level.SEVERE);
        }
    }

    void update(String changelogPath) throws Exception {
        run(database -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .execute());
    }

    void rollbackCount(String changelogPath, int count) throws Exception {
        run(database -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                .execute());
    }

    private interface DatabaseWork {
        void run(Database database) throws Exception;
    }

    private void run(DatabaseWork work) throws Exception {
        Map<String, Object> scope = Map.of(
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), resources,
                AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        try (Connection connection = dataSource.getConnection()) {
            Database database = open(connection);
            Scope.child(scope, () -> work.run(database));
        }
    }

    private static Database open(Connection connection) throws DatabaseException, SQLException {
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }
}
