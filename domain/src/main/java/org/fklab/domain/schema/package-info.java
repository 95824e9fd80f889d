/**
 * The live schema, read from HSQLDB's INFORMATION_SCHEMA each time it is asked for, because migrations and typed SQL
 * change it under fklab: {@link Schema} lists the tables ({@link TableSummary}) and describes one
 * ({@link TableDescription}, with its {@link ColumnInfo}s, {@link ForeignKeyInfo}s and {@link IndexInfo}s).
 * {@link CreateStatements} shows the tables as HSQLDB itself would create them. {@link Names} turns the upper-case
 * names HSQLDB stores into the lower case people read and type, and back. The tables that record migrations
 * ({@link org.fklab.engine.BookkeepingTables}) are marked, so that nothing treats them as a learner's.
 */
package org.fklab.domain.schema;
