/**
 * What a command may use during one run of fklab: {@link ShellSession} holds the workspace, its database, the
 * domain's services, the migrations, the tutorial and the output, each made when first asked for. A command asks
 * the person at the keyboard through a {@link Prompter} ({@link Prompter#NOBODY} unless the interactive shell set
 * one) and hears Ctrl-C through the {@link StopSignal}; it never reads a terminal itself, so the same command runs in
 * the interactive shell, a script and a test.
 */
package org.fklab.shell.session;
