/**
 * What a plan destroys, counted before it runs: {@link DataLossCounter} finds the columns and tables that applying or
 * unapplying its migrations drops, and counts their values and rows as {@link DataLoss}. Web frameworks do not say
 * what a rollback loses; fklab says it and asks first.
 */
package org.fklab.migrations.cost;
