/**
 * {@code seed export}: {@link CsvExporter} writes a table to a CSV that {@code seed load} reads back to the same rows,
 * every column under its own name and foreign keys as ids. Every value is quoted, so that an empty field means NULL
 * and nothing else, as the loader reads it.
 */
package org.fklab.seed.export;
