package org.fklab.seed.dataset;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.fklab.seed.load.CsvSource;

/**
 * A named set of CSVs that ships with fklab: files in the jar, or rows generated as they are read.
 *
 * @param rows rows per table, in load order
 */
public record Dataset(String name, String description, Map<String, Long> rows, Supplier<List<CsvSource>> sources) {

    public List<CsvSource> csvSources() {
        return sources.get();
    }
}
