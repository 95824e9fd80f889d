/**
 * Applying and unapplying migrations through Liquibase, and reading what is applied. {@link Migrator} plans the way
 * to a target as a {@link MigrationPlan} and has {@link LiquibaseRunner} run each changelog, undoing a migration that
 * fails halfway so that the database is always at a whole migration. {@link AppliedChangeSets} and
 * {@link Bookkeeping} read Liquibase's and fklab's records directly, which is what lets an existing workspace open
 * without starting Liquibase at all. {@link LiquibaseErrors} turns Liquibase's nested exceptions into one sentence.
 */
package org.fklab.migrations.apply;
