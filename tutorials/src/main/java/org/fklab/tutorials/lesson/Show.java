package org.fklab.tutorials.lesson;

/** A picture a step asks to see after each change the learner makes, because the picture is the point. */
public enum Show {
    /** The migration graph, as {@code showmigrations} draws it. */
    GRAPH,
    /** The tables and their foreign keys, as {@code diagram} draws them. */
    DIAGRAM
}
