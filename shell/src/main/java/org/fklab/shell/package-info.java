/**
 * The entry point of the jar: {@link Main} is the {@code fklab} command. It starts parsing the mapper XML on another
 * thread first ({@link org.fklab.domain.sandbox.Sandbox#prepare()}), since that is the slowest part of start-up, then
 * hands the process's streams, environment and terminal to {@link org.fklab.shell.launch.Fklab} and exits with its
 * code. Everything else lives in the packages below, so that tests can run fklab in-process with streams of their own.
 */
package org.fklab.shell;
