/**
 * The migration graph: each {@link Migration} is a changelog with the migrations it builds on, and
 * {@link MigrationGraph} refuses duplicate names, unknown parents and cycles, the mistakes that would make
 * {@code migrate} ambiguous. {@link Change} is what a changeSet does, as the changelog states it, so the graph can say
 * what a migration adds or drops without asking Liquibase. {@link GraphLayout} lays the graph out as
 * {@code git log --graph} does, as rows of text that the shell prints.
 */
package org.fklab.migrations.graph;
