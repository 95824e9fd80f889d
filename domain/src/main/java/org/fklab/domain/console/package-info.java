/**
 * The {@code sql} command's work and fklab's one reading of SQL text. {@link SqlConsole} runs what a learner types
 * exactly as typed, through one mapped statement and MyBatis plugins that read the raw JDBC result
 * ({@link RawResultInterceptor}) and bound its size ({@link ResultBound}); rows go to a {@link RowReceiver} as they
 * come, so a long result is never held whole, and a DELETE reports what its foreign keys did to the rows pointing at
 * them. {@link SqlTokens} and {@link SqlScript} cut SQL text into tokens and statements; the shell's highlighting,
 * completion and multi-line input use the same two, so that a statement ends where the console thinks it does.
 */
package org.fklab.domain.console;
