/**
 * The migration commands' one way in: {@link Migrations} does everything they ask (status, plan, migrate, make,
 * merge, history, drift, the start-up check) for one database and one workspace folder, through the packages below.
 * It reads the graph afresh for each command, so a migration file written or edited by hand counts at once.
 * {@link MigrationException} is a problem a person can act on; it is not the domain's DomainException because this
 * module does not depend on domain (the two share only {@link org.fklab.engine}).
 */
package org.fklab.migrations;
