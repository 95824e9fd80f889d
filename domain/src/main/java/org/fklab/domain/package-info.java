/**
 * What the whole domain module shares, and what the modules above it use to speak to a learner:
 * {@link DomainException}, a refusal whose message names the cause and the fix, thrown before anything is changed.
 * {@link SqlErrors} puts the database's refusals into the lessons' words, leaning on
 * {@link org.fklab.engine.DatabaseError} to know what was refused, so that no message depends on HSQLDB's English;
 * {@link IoErrors} does the same for files and folders. A Java class name never reaches a learner from here.
 */
package org.fklab.domain;
