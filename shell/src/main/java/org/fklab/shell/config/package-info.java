/**
 * fklab's defaults and where each came from: {@link Settings} takes each one from the command line, else the
 * environment, else the user's configuration file, else fklab's own default, and {@code config} shows which it was.
 * A wrong line in the file is named with its file and line and left out, because nothing in a settings file should
 * stop fklab from starting.
 */
package org.fklab.shell.config;
