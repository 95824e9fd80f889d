/**
 * The migration commands, named as Django names them so that a Django learner knows them: {@link MigrateCommand},
 * {@link ShowMigrationsCommand}, {@link MakeMigrationCommand}, {@link MakeMigrationsCommand} (a merge),
 * {@link SqlMigrateCommand} and {@link MigrationsCommand} (the history). Their work is done by
 * {@link org.fklab.migrations.Migrations}; here is what they ask first (what a plan destroys, before it runs) and what
 * they say after, including the drift a migrate finds.
 */
package org.fklab.shell.command.migration;
