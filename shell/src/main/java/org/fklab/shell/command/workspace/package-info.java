/**
 * The commands that go back: {@link UndoCommand}, {@link SnapshotCommand}, {@link RestoreCommand} and
 * {@link ResetCommand}, all over the workspace's copies ({@link org.fklab.shell.workspace.Snapshots}). Inside a
 * lesson they also say when going back took the database past the current step's start, since the step's check would
 * otherwise fail without the learner knowing why.
 */
package org.fklab.shell.command.workspace;
