/**
 * {@code source}, and running a script from inside a command: {@link SourceCommand} runs the commands of a file as if
 * typed, and {@link PacedRun}, shared with {@code demo run}, makes the whole script one undo step and catches a script
 * that sources itself. {@link PacingOptions} are the {@code --step} and {@code --auto} options both take. Reading and
 * running the lines is {@link org.fklab.shell.script.ScriptRunner}'s work.
 */
package org.fklab.shell.command.script;
