package org.fklab.tutorials.check;

/**
 * The learner's latest answer in the current step.
 *
 * @param rightWhenGiven whether it equalled the step's value when it was given: what a prediction is judged by,
 *                       since the delete it predicts changes the data it was about
 */
public record GivenAnswer(String text, boolean rightWhenGiven) {
}
