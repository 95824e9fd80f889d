/**
 * What the seed-data module's packages share: {@link SeedException}, a load or seed command that was refused. Unlike
 * one refusal of the domain's, it carries every problem a load found (up to a limit), each naming file:line, the
 * column and the value, because a learner fixing a CSV wants all of them at once; nothing was inserted.
 */
package org.fklab.seed;
