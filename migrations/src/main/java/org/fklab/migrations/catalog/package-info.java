/**
 * Where the migrations come from: {@link MigrationCatalog} finds the built-in changelogs and the ones in a workspace's
 * migrations folder, and reads each one's parents and changes without starting Liquibase, which keeps start-up fast.
 * It also keeps the list of built-in migrations a lesson has set aside, so the learner can write the project's next
 * migration as its own. A file that is not a changelog is reported with its line and the fix.
 */
package org.fklab.migrations.catalog;
