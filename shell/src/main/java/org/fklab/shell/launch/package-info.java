/**
 * One run of fklab from start to exit: {@link Fklab} reads the {@link LaunchOptions}, opens the workspace, and then
 * starts the interactive shell or runs the given commands as a script. It takes its streams, environment and terminal
 * as arguments, which is how the tests run fklab in-process; the words after fklab's options are put back together as
 * the one line a person would have typed, so a one-shot command runs exactly as it would at the prompt.
 * {@link Version} is the version the build wrote into the jar.
 */
package org.fklab.shell.launch;
