package org.fklab.tutorials.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where a learner is in the tutorial, kept in the workspace's progress.json so it survives restarts: the
 * lesson and step they are on, and for each lesson how many steps they have done.
 */
final class Progress {

    private final Path file;
    private String currentLesson;
    private int currentStep;
    private final Map<String, Integer> stepsDone = new TreeMap<>();
    private final Map<String, Boolean> completed = new TreeMap<>();

    private Progress(Path file) {
        this.file = file;
    }

    /** The progress saved in {@code file}; a missing or unreadable file is a fresh start. */
    static Progress load(Path file) {
        Progress progress = new Progress(file);
        if (!Files.isRegularFile(file)) {
            return progress;
        }
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)); // JSON is YAML
            if (root instanceof Map<?, ?> map) {
                if (map.get("lesson") instanceof String lesson) {
                    progress.currentLesson = lesson;
                    progress.currentStep = map.get("step") instanceof Integer step ? step : 0;
                }
                if (map.get("stepsDone") instanceof Map<?, ?> done) {
                    done.forEach((k, v) -> progress.stepsDone.put(String.valueOf(k), v instanceof Integer n ? n : 0));
                }
                if (map.get("completed") instanceof Map<?, ?> done) {
                    done.forEach((k, v) -> progress.completed.put(String.valueOf(k), Boolean.TRUE.equals(v)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Progress(file); // a damaged progress file costs only the progress
        }
        return progress;
    }

    Optional<String> currentLesson() {
        return Optional.ofNullable(currentLesson);
    }

    int currentStep() {
        return currentStep;
    }

    int stepsDone(String lesson) {
        return stepsDone.getOrDefault(lesson, 0);
    }

    boolean completed(String lesson) {
        return completed.getOrDefault(lesson, false);
    }

    void startLesson(String lesson) {
        currentLesson = lesson;
        currentStep = 0;
        save();
    }

    void moveTo(int step) {
        currentStep = step;
        save();
    }

    void stepDone(String lesson, int step, int steps) {
        stepsDone.merge(lesson, step + 1, Math::max);
        if (step + 1 >= steps) {
            completed.put(lesson, true);
        }
        save();
    }

    void clear() {
        currentLesson = null;
        currentStep = 0;
        stepsDone.clear();
        completed.clear();
        save();
    }

    private void save() {
        StringBuilder text = new StringBuilder("{\n");
        if (currentLesson != null) {
            text.append("  \"lesson\": ").append(quote(currentLesson)).append(",\n");
            text.append("  \"step\": ").append(currentStep).append(",\n");
        }
        text.append("  \"stepsDone\": {");
        text.append(String.join(", ", stepsDone.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue())
                .toList()));
        text.append("},\n  \"completed\": {");
        text.append(String.join(", ", completed.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue())
                .toList()));
        text.append("}\n}\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new org.fklab.tutorials.lesson.LessonException("Cannot save your progress in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
