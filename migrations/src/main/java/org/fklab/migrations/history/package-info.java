/**
 * fklab's own log of migrate runs, kept because Liquibase's DATABASECHANGELOG forgets a migration once it is
 * unapplied: {@link MigrationHistory} records what was applied or unapplied, when, and the checksum of the file as it
 * was applied, and {@link HistoryEntry} is one line of {@code migrations history}.
 */
package org.fklab.migrations.history;
