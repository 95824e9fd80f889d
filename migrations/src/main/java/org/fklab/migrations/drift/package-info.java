/**
 * Drift, a schema changed by hand so that it no longer is what its applied migrations make, and the migration that
 * folds it in. {@link DriftCheck} compares the database with a scratch database migrated through the same changeSets,
 * using Liquibase's diff with two comparators taught HSQLDB's ways ({@link NamedIndexComparator},
 * {@link NullDefaultComparator}), and reports a {@link Drift} of {@link Difference}s in a learner's words;
 * {@link FromDrift} writes the differences as {@link DriftChangeSet}s, each with its way back. The answer is kept
 * while the schema's fingerprint and the applied changeSets stay the same, since a lesson asks after every command.
 */
package org.fklab.migrations.drift;
