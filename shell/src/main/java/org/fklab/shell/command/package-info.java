/**
 * What every command has in common, and how a command line is run. {@link CommandRegistry} holds the picocli
 * commands of the feature packages below, grouped as {@code help} shows them and each built the first time it is used,
 * so a one-shot run pays only for its own; {@link CommandRunner} splits a line into words, runs its command, and
 * afterwards shows the SQL it ran when {@code explain} is on. A command marked {@link ChangesWorkspace} gets an undo
 * snapshot first, and every failure becomes one message with the cause and the fix ({@link Unforeseen} for what no
 * command foresaw), never a Java class name, so the feature packages need not catch what they did not foresee.
 */
package org.fklab.shell.command;
