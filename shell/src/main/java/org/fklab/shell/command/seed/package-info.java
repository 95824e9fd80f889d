/**
 * {@code seed}: {@link SeedCommand} lists the built-in datasets, loads CSV files or a dataset, exports tables and
 * generates a large dataset. The loading, checking and writing are seed-data's ({@link org.fklab.seed.load.SeedLoader},
 * {@link org.fklab.seed.export.CsvExporter}, {@link org.fklab.seed.generate.DatasetGenerator}); here are the options,
 * the progress bar and the checks on what was typed, such as whether the disk has room for what is generated.
 */
package org.fklab.shell.command.seed;
