/**
 * Writing migrations into the workspace as Liquibase YAML a person can read and edit: {@link MigrationMaker} writes
 * one {@link Operation} on top of its parents ({@code makemigration}), a merge of the graph's branches
 * ({@code makemigrations --merge}), or a migration from drift. Each operation is checked against the live schema
 * first and becomes changeSets of one DDL change each, every one of which can be undone. A merge of branches that
 * change the same column, table or constraint is refused, because the result would not describe one schema.
 */
package org.fklab.migrations.make;
