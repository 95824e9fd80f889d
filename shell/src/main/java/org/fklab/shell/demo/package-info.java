/**
 * The demos an instructor can run: {@link DemoCatalog} holds the built-in ones and the instructor's own from the
 * workspace's {@code demos/} folder, where a file with a built-in demo's name is an edited copy and takes its place.
 * A {@link Demo} is a script of fklab commands whose comments are its narration; running one is
 * {@link org.fklab.shell.script}'s work, and the {@code demo} command is in {@link org.fklab.shell.command.demo}.
 */
package org.fklab.shell.demo;
