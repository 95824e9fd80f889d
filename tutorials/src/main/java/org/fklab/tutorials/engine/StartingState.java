package org.fklab.tutorials.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.apply.MigrationPlan;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.seed.dataset.Dataset;
import org.fklab.seed.load.CsvSource;
import org.fklab.seed.load.LoadProgress;
import org.fklab.seed.load.SeedLoader;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.LessonException;
import org.fklab.tutorials.lesson.Start;

/**
 * Puts the database into a starting state (a lesson's, or a new workspace's for {@code reset}): the learner's
 * own migrations unapplied and moved aside (when asked), the migration target reached, every table emptied
 * and the data loaded.
 */
public final class StartingState {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Sandbox sandbox;
    private final Migrations migrations;
    private final Path migrationsFolder;

    public StartingState(Sandbox sandbox, Migrations migrations, Path migrationsFolder) {
        this.sandbox = sandbox;
        this.migrations = migrations;
        this.migrationsFolder = migrationsFolder;
    }

    void apply(Lesson lesson) {
        apply(lesson.start(), sources(lesson), "lesson " + lesson.number() + " (" + lesson.title() + ") has the learner"
                + " write the migration after " + lesson.start().migrate());
    }

    /**
     * Reaches {@code start}'s migration target and replaces every table's rows with {@code data}. Built-in migrations
     * set aside by an earlier lesson come back (the learner's own, which stood in for them, are archived first);
     * a start that sets the later ones aside does so once they are unapplied.
     */
    public void apply(Start start, List<CsvSource> data, String why) {
        boolean bringBack = !migrations.setAside().isEmpty() && !start.setAsideLater();
        if (start.archiveMigrations() || bringBack) {
            archiveLearnerMigrations();
        }
        if (bringBack) {
            migrations.setAsideAfter(Optional.empty(), "");
        }
        MigrationPlan plan = migrations.plan(Start.LATEST.equals(start.migrate()) ? Optional.empty()
                : Optional.of(start.migrate()));
        migrations.execute(plan, Migrator.Progress.SILENT);
        if (start.setAsideLater()) {
            migrations.setAsideAfter(Optional.of(start.migrate()), why);
        }
        new SeedLoader(sandbox).load(data, new SeedLoader.Options(false, SeedLoader.Replace.EVERYTHING,
                LoadProgress.NONE));
    }

    /** Unapplies the migrations a learner wrote (newest first) and moves their files to migrations/archive/. */
    private void archiveLearnerMigrations() {
        List<Migration> learners = new ArrayList<>();
        MigrationGraph graph = migrations.graph();
        for (Migrations.Status status : migrations.status(graph)) {
            if (!status.migration().builtIn() && status.appliedChangeSets() > 0) {
                learners.add(status.migration());
            }
        }
        Collections.reverse(learners);
        if (!learners.isEmpty()) {
            migrations.execute(new MigrationPlan(Migrator.ZERO, learners, List.of(), graph), Migrator.Progress.SILENT);
        }
        if (!Files.isDirectory(migrationsFolder)) {
            return;
        }
        try (Stream<Path> files = Files.list(migrationsFolder)) {
            List<Path> changelogs = files.filter(f -> Files.isRegularFile(f)
                    && f.getFileName().toString().matches(".*\\.ya?ml")).toList();
            if (changelogs.isEmpty()) {
                return;
            }
            Path archive = migrationsFolder.resolve("archive").resolve(STAMP.format(LocalDateTime.now()));
            Files.createDirectories(archive);
            for (Path changelog : changelogs) {
                Files.move(changelog, archive.resolve(changelog.getFileName()));
            }
        } catch (IOException e) {
            throw new LessonException("Cannot move your migrations to " + migrationsFolder.resolve("archive") + ": "
                    + e.getMessage(), e);
        }
    }

    /** The lesson's dataset: a built-in one, a folder of CSVs beside the lesson, or none. */
    static List<CsvSource> sources(Lesson lesson) {
        String dataset = lesson.start().dataset();
        if (Start.NO_DATASET.equals(dataset)) {
            return List.of();
        }
        Optional<Dataset> builtIn = BuiltInDatasets.find(dataset);
        if (builtIn.isPresent()) {
            return builtIn.get().csvSources();
        }
        if (lesson.builtIn()) {
            String folder = lesson.folder() + dataset + "/";
            String index = resource(folder + "index.txt").orElseThrow(() -> new LessonException(lesson.origin()
                    + ": there is no built-in dataset '" + dataset + "' and no folder " + folder + " with an index.txt"));
            return index.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .map(file -> CsvSource.resource(folder + file, dataset + "/" + file)).toList();
        }
        Path folder = Path.of(lesson.folder()).resolve(dataset);
        if (!Files.isDirectory(folder)) {
            throw new LessonException(lesson.origin() + ": start.dataset '" + dataset + "' is neither a built-in"
                    + " dataset ('seed list') nor a folder of CSV files beside the lesson (" + folder + ").");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted()
                    .map(f -> CsvSource.file(f, Optional.empty())).toList();
        } catch (IOException e) {
            throw new LessonException("Cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = StartingState.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
