/**
 * {@link DatasetGenerator} makes a large, realistic dataset of bands and listings for the performance lessons and
 * demos. The same seed always gives the same rows, so a lesson can say what a learner will find; its CSV is produced
 * as it is read, so a million listings never sit in memory.
 */
package org.fklab.seed.generate;
