package org.fklab.tutorials.check;

/**
 * The learner's latest answer in the current step.
 *
 * @param rightWhenGiven whether it equalled the step's value when it was given: a prediction made before a
 *                       delete stays right after the delete changes the data it was about
 */
public record GivenAnswer(String text, boolean rightWhenGiven) {
}
