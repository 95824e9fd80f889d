package org.fklab.seed.dataset;

import java.util.List;
import java.util.stream.Collectors;

import org.fklab.seed.load.CsvSource;

/** A named set of CSV files that ships with fklab. */
public record Dataset(String name, String description, List<String> files) {

    static final String FOLDER = "org/fklab/seed/dataset/";

    public Dataset {
        files = List.copyOf(files);
    }

    public List<CsvSource> sources() {
        return files.stream().map(file -> CsvSource.resource(FOLDER + name + "/" + file, name + "/" + file))
                .collect(Collectors.toList());
    }
}
