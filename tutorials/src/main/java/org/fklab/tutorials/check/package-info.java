/**
 * Whether a step is done: {@link Checker} looks at the state the step should have left (the data, the schema, the
 * migrations, the learner's answer, whether {@code explain} is on), never at what was typed, so any correct way of
 * doing the step passes. Each condition comes back as an {@link Outcome} in the learner's words, and when it does not
 * hold, with what is there instead ("it points at band 1, De La Soul"); a {@link CheckResult} holds them all.
 * {@link Answers} compares a typed answer leniently. It only reads: nothing here changes the database.
 */
package org.fklab.tutorials.check;
