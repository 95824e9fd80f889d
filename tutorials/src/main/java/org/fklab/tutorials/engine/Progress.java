package org.fklab.tutorials.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fklab.tutorials.check.GivenAnswer;
import org.fklab.tutorials.lesson.LessonException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where a learner is in the tutorial, kept in the workspace's progress.json so it survives restarts: the lesson and
 * step they are on, how many steps of each lesson they have done, what happened in the current step (their answer,
 * the hints given), whether the database is still the step's own, and fklab's own last state of the workspace.
 */
final class Progress {

    /** A progress file larger than this is not a learner's: it is set aside rather than read. */
    private static final long MAX_BYTES = 1_000_000;

    /** What happened during the current visit of a step; forgotten when the learner moves to another step. */
    record Visit(Optional<GivenAnswer> answer, int hintsGiven, boolean announced, boolean warned) {

        static final Visit NEW = new Visit(Optional.empty(), 0, false, false);
    }

    private final Path file;
    private String currentLesson;
    private int currentStep;
    private final Map<String, Integer> stepsDone = new TreeMap<>();
    private final Map<String, Boolean> completed = new TreeMap<>();
    private Boolean auto; // null until the learner says 'tutorial auto on|off'; then it wins over the default
    private Visit visit = Visit.NEW;
    private StepMark databaseFrom;
    private String fklabState;
    private final List<String> notes = new ArrayList<>();

    private Progress(Path file) {
        this.file = file;
    }

    /** The progress saved in {@code file}; a missing one is a fresh start, a damaged one is kept aside and said so. */
    static Progress load(Path file) {
        Progress progress = new Progress(file);
        if (!Files.isRegularFile(file)) {
            return progress;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return progress.setAside("it is " + Files.size(file) / 1024 + " KiB, far more than progress takes");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)); // JSON is YAML
            if (!(root instanceof Map<?, ?> map)) {
                return progress.setAside("it does not hold fklab's progress");
            }
            progress.read(map);
        } catch (IOException | RuntimeException e) {
            return progress.setAside("it cannot be read (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return progress;
    }

    private void read(Map<?, ?> map) {
        if (map.get("lesson") instanceof String lesson) {
            currentLesson = lesson;
            currentStep = map.get("step") instanceof Integer step && step >= 0 ? step : 0;
        }
        if (map.get("stepsDone") instanceof Map<?, ?> done) {
            done.forEach((k, v) -> stepsDone.put(String.valueOf(k), v instanceof Integer n ? n : 0));
        }
        if (map.get("completed") instanceof Map<?, ?> done) {
            done.forEach((k, v) -> completed.put(String.valueOf(k), Boolean.TRUE.equals(v)));
        }
        auto = map.get("auto") instanceof Boolean setting ? setting : null;
        if (map.get("visit") instanceof Map<?, ?> v) {
            Optional<GivenAnswer> answer = v.get("answer") instanceof String text
                    ? Optional.of(new GivenAnswer(text, Boolean.TRUE.equals(v.get("answerRight")))) : Optional.empty();
            visit = new Visit(answer, v.get("hints") instanceof Integer n ? n : 0, Boolean.TRUE.equals(v.get("announced")),
                    Boolean.TRUE.equals(v.get("warned")));
        }
        if (map.get("databaseFrom") instanceof Map<?, ?> from && from.get("lesson") instanceof String lesson) {
            databaseFrom = new StepMark(lesson, from.get("step") instanceof Integer n ? n : 0);
        }
        if (map.get("fklabState") instanceof String state) {
            fklabState = state;
        }
    }

    /** Keeps a damaged file beside the new one, so nothing is lost, and says so once. */
    private Progress setAside(String why) {
        Path copy = file.resolveSibling(file.getFileName() + ".damaged");
        try {
            Files.move(file, copy, StandardCopyOption.REPLACE_EXISTING);
            notes.add("Your tutorial progress in " + file + " was set aside because " + why + "; it is kept as " + copy
                    + ", and the tutorial starts afresh.");
        } catch (IOException e) {
            notes.add("Your tutorial progress in " + file + " cannot be used because " + why + ", nor moved aside ("
                    + e.getMessage() + "); the tutorial starts afresh and will overwrite it.");
        }
        return this;
    }

    /** What loading found wrong, to tell the learner once. */
    List<String> notes() {
        return List.copyOf(notes);
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

    Optional<Boolean> auto() {
        return Optional.ofNullable(auto);
    }

    Visit visit() {
        return visit;
    }

    Optional<StepMark> databaseFrom() {
        return Optional.ofNullable(databaseFrom);
    }

    Optional<String> fklabState() {
        return Optional.ofNullable(fklabState);
    }

    void startLesson(String lesson) {
        currentLesson = lesson;
        currentStep = 0;
        visit = Visit.NEW;
        databaseFrom = null;
        save();
    }

    void moveTo(int step) {
        currentStep = step;
        visit = Visit.NEW;
        save();
    }

    /** The lesson is finished: the learner is on no lesson now. */
    void leaveLesson() {
        currentLesson = null;
        currentStep = 0;
        visit = Visit.NEW;
        databaseFrom = null;
        save();
    }

    void stepDone(String lesson, int step, int steps) {
        stepsDone.merge(lesson, step + 1, Math::max);
        if (step + 1 >= steps) {
            completed.put(lesson, true);
        }
        save();
    }

    void setAuto(boolean on) {
        auto = on;
        save();
    }

    void setVisit(Visit changed) {
        visit = changed;
        save();
    }

    void setDatabaseFrom(Optional<StepMark> from) {
        databaseFrom = from.orElse(null);
        save();
    }

    void setFklabState(String state) {
        fklabState = state;
        save();
    }

    void clear() {
        currentLesson = null;
        currentStep = 0;
        stepsDone.clear();
        completed.clear();
        visit = Visit.NEW;
        databaseFrom = null;
        save();
    }

    private void save() {
        StringBuilder text = new StringBuilder("{\n");
        if (currentLesson != null) {
            text.append("  \"lesson\": ").append(quote(currentLesson)).append(",\n");
            text.append("  \"step\": ").append(currentStep).append(",\n");
            text.append("  \"visit\": {\"hints\": ").append(visit.hintsGiven()).append(", \"announced\": ")
                    .append(visit.announced()).append(", \"warned\": ").append(visit.warned());
            visit.answer().ifPresent(a -> text.append(", \"answer\": ").append(quote(a.text()))
                    .append(", \"answerRight\": ").append(a.rightWhenGiven()));
            text.append("},\n");
        }
        if (databaseFrom != null) {
            text.append("  \"databaseFrom\": {\"lesson\": ").append(quote(databaseFrom.lesson())).append(", \"step\": ")
                    .append(databaseFrom.step()).append("},\n");
        }
        if (fklabState != null) {
            text.append("  \"fklabState\": ").append(quote(fklabState)).append(",\n");
        }
        if (auto != null) {
            text.append("  \"auto\": ").append(auto).append(",\n");
        }
        text.append("  \"stepsDone\": {");
        text.append(String.join(", ", stepsDone.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue())
                .toList()));
        text.append("},\n  \"completed\": {");
        text.append(String.join(", ", completed.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue())
                .toList()));
        text.append("}\n}\n");
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.createDirectories(file.getParent());
            // a kill while writing leaves the old file whole: the new one replaces it only once it is complete
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LessonException("Cannot save your progress in " + file + ": " + e.getMessage()
                    + ". Check that the workspace folder can be written.", e);
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
