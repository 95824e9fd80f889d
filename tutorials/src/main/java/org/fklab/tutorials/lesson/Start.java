package org.fklab.tutorials.lesson;

/**
 * The database a lesson starts from.
 *
 * @param migrate           a migration name or prefix, {@code zero}, or {@code latest}
 * @param dataset           a built-in dataset, a folder of CSVs beside the lesson file, or {@code none}
 * @param archiveMigrations whether migrations a learner wrote are unapplied and moved to migrations/archive/
 */
public record Start(String migrate, String dataset, boolean archiveMigrations) {

    public static final String LATEST = "latest";
    public static final String NO_DATASET = "none";
}
