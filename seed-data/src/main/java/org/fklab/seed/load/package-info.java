/**
 * {@code seed load}: {@link SeedLoader} puts CSV files into their tables, every row or none, parents before children
 * whatever the order given. Every cell is checked against its column before the database sees it, and every problem is
 * reported by file:line, so that a learner fixes the file rather than reads an engine's refusal. Rows go in as JDBC
 * batches through one prepared INSERT a table ({@link RowInsert}, {@link RowInsertDriver}), which keeps a million-row
 * load near plain JDBC speed. Table and column names come from the live schema, never from a CSV.
 */
package org.fklab.seed.load;
