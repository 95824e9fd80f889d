/**
 * A learner's folder and everything that keeps it safe: {@link Workspace} is the folder (database, migrations they
 * wrote, history, progress, snapshots), {@link WorkspaceOpener} opens its database (a fresh one migrated and seeded,
 * an existing one as it was left, without starting Liquibase), and {@link Snapshots} are the copies that {@code undo},
 * {@code restore} and a step's restart go back to. A journal written before each change, and a check for database
 * files that went missing, let the next start after a kill put the workspace right and say what it did.
 */
package org.fklab.shell.workspace;
