/**
 * The datasets that ship with fklab, by name: {@link BuiltInDatasets} reads fklab's dataset index, in which a dataset
 * is a folder of CSVs in the jar or rows made by the generator, and gives each as a {@link Dataset}. Either way a
 * dataset is a list of CSV sources that {@link org.fklab.seed.load.SeedLoader} loads like any other files, so a
 * generated dataset is checked as strictly as one a person wrote.
 */
package org.fklab.seed.dataset;
