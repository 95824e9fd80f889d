/**
 * The prompt a learner types at, built on JLine: {@link InteractiveShell} wires it as JLine's own demo REPL is, with
 * {@link FklabParser} (words as a shell splits them, and when a line is unfinished), {@link CommandCompleter} (Tab
 * completion fed by the database at the moment it is pressed) and {@link FklabHighlighter}. The parser's rules are the
 * ones scripts are read with, so a script and a typed session read alike. Only this package reads keys from the
 * terminal; commands see a console and a session, which is why they run the same in a script.
 */
package org.fklab.shell.repl;
