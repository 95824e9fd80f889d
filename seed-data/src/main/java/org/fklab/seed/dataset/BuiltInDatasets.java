package org.fklab.seed.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The datasets listed in the dataset index that ships with fklab. */
public final class BuiltInDatasets {

    public static final String TUTORIAL = "tutorial";

    private BuiltInDatasets() {
    }

    public static List<Dataset> all() {
        try (InputStream in = BuiltInDatasets.class.getClassLoader().getResourceAsStream(Dataset.FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("fklab's jar lacks its dataset index; rebuild it with ./fklab");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(BuiltInDatasets::parse)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Dataset> find(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private static Dataset parse(String line) {
        String[] parts = line.split("\\|");
        List<String> files = Arrays.stream(parts[2].strip().split("\\s+")).collect(Collectors.toList());
        return new Dataset(parts[0].strip(), parts[1].strip(), files);
    }
}
