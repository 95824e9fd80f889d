/**
 * Commands that follow one another: {@link ScriptRunner} runs a script ({@code -c}, {@code --script}, piped input,
 * {@code source}, a demo) and stops at the first command that fails unless told to keep going; {@link ScriptReader}
 * reads its commands, a {@code sql} statement going on until its {@code ;}; {@link ScriptFile} checks the whole file
 * before any of it runs. {@link Pacing} says whether commands go straight on, wait for Enter or wait a moment, for an
 * audience following a demo. Ctrl-C stops a script between two commands, so every command that ran, ran in full.
 */
package org.fklab.shell.script;
