package org.fklab.tutorials.lesson;

/**
 * The database a lesson starts from.
 *
 * @param migrate           a migration name or prefix, {@code zero}, or {@code latest}
 * @param dataset           a built-in dataset, a folder of CSVs beside the lesson file, or {@code none}
 * @param archiveMigrations whether migrations a learner wrote are unapplied and moved to migrations/archive/
 * @param setAsideLater     whether the built-in migrations after {@code migrate} are set aside during the lesson,
 *                          so that the learner writes the next migration as the project's own
 */
public record Start(String migrate, String dataset, boolean archiveMigrations, boolean setAsideLater) {

    public static final String LATEST = "latest";
    public static final String NO_DATASET = "none";

    /** A start that keeps every built-in migration. */
    public Start(String migrate, String dataset, boolean archiveMigrations) {
        this(migrate, dataset, archiveMigrations, false);
    }
}
