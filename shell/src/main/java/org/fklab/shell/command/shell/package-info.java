/**
 * The commands about the shell itself rather than the workspace: {@link HelpCommand}, {@link ConfigCommand},
 * {@link FormatCommand}, {@link ExpandedCommand} and {@link ExitCommand}. They change only how this run of fklab
 * shows things or whether it goes on, never the data, so none of them takes an undo snapshot.
 */
package org.fklab.shell.command.shell;
