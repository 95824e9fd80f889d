package org.fklab.seed.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fklab.seed.generate.DatasetGenerator;
import org.fklab.seed.load.CsvSource;

/**
 * The datasets listed in fklab's dataset index: folders of CSVs in the jar, and {@code generate} entries
 * made by the {@link DatasetGenerator}.
 */
public final class BuiltInDatasets {

    public static final String TUTORIAL = "tutorial";

    private static final String FOLDER = "org/fklab/seed/dataset/";

    private BuiltInDatasets() {
    }

    public static List<Dataset> all() {
        try (InputStream in = BuiltInDatasets.class.getClassLoader().getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("fklab's jar lacks its dataset index; rebuild it with ./fklab");
            }
            List<Dataset> datasets = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    datasets.add(parse(stripped));
                }
            }
            return datasets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Dataset> find(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** {@code name | description | file.csv file.csv…} or {@code name | description | generate BANDS LISTINGS SEED} */
    private static Dataset parse(String line) {
        String[] parts = line.split("\\|");
        String name = parts[0].strip();
        String description = parts[1].strip();
        List<String> words = Arrays.asList(parts[2].strip().split("\\s+"));
        if (words.get(0).equals("generate")) {
            DatasetGenerator generator = new DatasetGenerator(Integer.parseInt(words.get(1)),
                    Integer.parseInt(words.get(2)), Long.parseLong(words.get(3)));
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("band", (long) generator.bands());
            rows.put("listing", (long) generator.listings());
            return new Dataset(name, description, rows, () -> List.of(generator.bandCsv(), generator.listingCsv()));
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String file : words) {
            rows.put(file.substring(0, file.lastIndexOf('.')), countRows(FOLDER + name + "/" + file));
        }
        return new Dataset(name, description, rows, () -> words.stream()
                .map(file -> CsvSource.resource(FOLDER + name + "/" + file, name + "/" + file)).toList());
    }

    private static long countRows(String resource) {
        try (InputStream in = BuiltInDatasets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("fklab's jar lacks " + resource + "; rebuild it with ./fklab");
            }
            return Math.max(0, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).count() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
