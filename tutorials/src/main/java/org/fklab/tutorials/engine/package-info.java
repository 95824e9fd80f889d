/**
 * The tutorial as it runs (the tutorial's engine, not a database engine, which is {@link org.fklab.engine}):
 * {@link TutorialEngine} starts a lesson, shows and checks its steps, takes answers, gives hints one at a time, and
 * keeps the learner's progress in the workspace so it survives restarts. {@link StartingState} puts the database into
 * a lesson's starting state. It does not own the workspace's files, so going back to a step's start goes through
 * {@link StepStarts}, which the shell provides; nothing here knows about a terminal or a command line.
 */
package org.fklab.tutorials.engine;
