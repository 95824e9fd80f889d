/**
 * The recording behind {@code explain on}: {@link StatementRecorder}, a MyBatis plugin on the statement handler,
 * notes every statement run with its bound values, time and row count as an {@link ExecutedStatement}, the nested
 * selects of an N+1 query one by one. {@link MappedStatements} reads which mapped statement a MyBatis handler serves,
 * which MyBatis does not expose; the console's plugins use it too. Nothing here prints: the shell's StatementLog
 * decides how a recording is shown.
 */
package org.fklab.domain.explain;
