/**
 * The embedded HSQLDB database a learner works in and everything that keeps it whole. {@link Sandbox} opens it (on
 * disk or in memory), holds the MyBatis session factory every mapped statement runs through, and can cancel what is
 * running; {@link Savepoint} is a copy to go back to, put back so that a kill at any moment leaves the old files or
 * the new ones, never half of each. One process per workspace database is enforced by an operating-system lock, which
 * a killed shell cannot leave behind. {@link CrashPoint}, where the crash tests stop fklab to kill it, and
 * {@link Folders} live here because the other modules that copy and remove database files need them too.
 */
package org.fklab.domain.sandbox;
