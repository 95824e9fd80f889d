package org.fklab.domain.console;

/** The parameter of the console's mapped statement: the SQL as typed, and where a query's rows go. */
record ConsoleStatement(String sql, RowReceiver.Results results) {
}
