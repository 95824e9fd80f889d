/**
 * {@link Habits} reads the psql backslash commands and sqlite3 dot commands that learners type from habit
 * ({@code \d listing}, {@code .schema}) as the fklab commands they stand for, and says the first time which command
 * that is. It is not a command of its own: the runner, help, completion and highlighting all consult it, so that a
 * habit is run, listed, completed and coloured as the command it stands for.
 */
package org.fklab.shell.command.habit;
