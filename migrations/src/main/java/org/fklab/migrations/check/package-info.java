/**
 * What is checked each time a workspace opens: {@link WorkspaceCheck} makes sure the graph loads, every applied
 * migration still has its file, unchanged since it was applied, and no interrupted migrate left a half-applied
 * migration. A Liquibase lock a killed migrate left is released, since fklab's own lock on the workspace means no other
 * process can be migrating; anything else is only reported, with the fix, and a problem that makes the graph disagree
 * with the database stops {@code migrate} from planning on a false map.
 */
package org.fklab.migrations.check;
