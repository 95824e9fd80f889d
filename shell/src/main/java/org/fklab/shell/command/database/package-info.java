/**
 * The commands that look at the database as a whole, or hand it SQL: {@link TablesCommand}, {@link DescribeCommand},
 * {@link DiagramCommand}, {@link SqlCommand} and {@link ExplainCommand}. They read the live schema through
 * {@link org.fklab.domain.schema.Schema} and run typed SQL through {@link org.fklab.domain.console.SqlConsole}, so
 * what they show is what HSQLDB holds now, including changes no fklab command made.
 */
package org.fklab.shell.command.database;
