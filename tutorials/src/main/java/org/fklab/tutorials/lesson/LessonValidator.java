package org.fklab.tutorials.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.graph.MigrationGraph;
import org.fklab.seed.dataset.BuiltInDatasets;

/**
 * Checks the built-in lessons when fklab is built, so a broken lesson fails the build with its file and
 * line: the form of each file, its starting migration and dataset, that every step has a wrong attempt, and that
 * the index lists every file.
 * Run by Maven (see tutorials/pom.xml) with the lessons folder as its argument.
 */
public final class LessonValidator {

    private LessonValidator() {
    }

    public static void main(String[] args) throws IOException {
        List<String> problems = validate(Path.of(args[0]));
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
        System.out.println("Lessons checked: the form of every file, its starting migration and dataset, a wrong"
                + " attempt for every step.");
    }

    /** Every problem found in the lessons folder, each naming its file (and line where it has one). */
    public static List<String> validate(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.ya?ml")).sorted()
                    .collect(Collectors.toList());
        }
        List<String> indexed = Files.readAllLines(folder.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (!indexed.equals(files)) {
            problems.add(folder.resolve("index.txt") + ": lists " + indexed + " but the folder has " + files
                    + ". List every lesson file, in the order of the lessons.");
        }
        MigrationGraph graph = MigrationCatalog.builtIn().load();
        Set<String> datasets = BuiltInDatasets.all().stream().map(d -> d.name()).collect(Collectors.toSet());
        for (String file : files) {
            Path path = folder.resolve(file);
            try {
                Lesson lesson = LessonReader.read(Files.readString(path, StandardCharsets.UTF_8),
                        file.substring(0, file.lastIndexOf('.')), path.toString(), folder.toString(), false);
                String target = lesson.start().migrate();
                if (!target.equals(Start.LATEST) && !target.equals("zero")) {
                    try {
                        graph.resolve(target);
                    } catch (MigrationException e) {
                        problems.add(path + ": start.migrate '" + target + "': " + e.getMessage());
                    }
                }
                for (int i = 0; i < lesson.steps().size(); i++) {
                    if (lesson.steps().get(i).wrong().isEmpty()) {
                        problems.add(path + ": step " + (i + 1) + " (" + lesson.steps().get(i).title() + ") has no"
                                + " wrong: attempt. Every built-in step lists at least one mistake a learner plausibly"
                                + " makes, with the words its check must answer it with.");
                    }
                }
                String dataset = lesson.start().dataset();
                if (!dataset.equals(Start.NO_DATASET) && !datasets.contains(dataset)) {
                    Path data = folder.resolve(dataset);
                    if (!Files.isRegularFile(data.resolve("index.txt"))) {
                        problems.add(path + ": start.dataset '" + dataset + "' is neither a built-in dataset nor a"
                                + " folder beside the lessons with an index.txt listing its CSV files.");
                    }
                }
            } catch (LessonException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }
}
