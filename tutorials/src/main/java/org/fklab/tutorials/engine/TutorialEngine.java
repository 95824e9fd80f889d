package org.fklab.tutorials.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.Migrations;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.LessonCatalog;
import org.fklab.tutorials.lesson.LessonException;
import org.fklab.tutorials.lesson.Step;

/**
 * Walks a learner through the lessons: starts one (putting the database into its starting state), shows
 * the current step, checks it against the database, moves on or back, and keeps the progress in the
 * workspace so it survives restarts.
 */
public final class TutorialEngine {

    /** A lesson with the learner's progress in it. */
    public record LessonStatus(Lesson lesson, int stepsDone, boolean completed, boolean current) {
    }

    /** Where the learner is: a lesson and the index of its current step. */
    public record Position(Lesson lesson, int step) {

        public Step current() {
            return lesson.steps().get(step);
        }

        public boolean last() {
            return step == lesson.steps().size() - 1;
        }
    }

    private final Sandbox sandbox;
    private final Migrations migrations;
    private final LessonCatalog catalog;
    private final Path migrationsFolder;
    private final Progress progress;
    private final CheckContext context;

    /**
     * @param lessonsFolder    the workspace's own lessons
     * @param progressFile     where progress is kept (progress.json)
     * @param migrationsFolder the workspace's migrations (a lesson may archive the learner's)
     */
    public TutorialEngine(Sandbox sandbox, Migrations migrations, Path lessonsFolder, Path progressFile,
                          Path migrationsFolder, CheckContext context) {
        this.sandbox = sandbox;
        this.migrations = migrations;
        this.catalog = new LessonCatalog(Optional.of(lessonsFolder));
        this.migrationsFolder = migrationsFolder;
        this.progress = Progress.load(progressFile);
        this.context = context;
    }

    public List<LessonStatus> lessons() {
        Optional<String> current = progress.currentLesson();
        return catalog.lessons().stream().map(l -> new LessonStatus(l, progress.stepsDone(l.id()),
                progress.completed(l.id()), current.filter(l.id()::equals).isPresent())).toList();
    }

    public Lesson find(String ref) {
        return catalog.find(ref);
    }

    /** The lesson and step the learner is on, if they have started one (and it still exists). */
    public Optional<Position> position() {
        Optional<String> current = progress.currentLesson();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        return catalog.lessons().stream().filter(l -> l.id().equals(current.get())).findFirst()
                .map(l -> new Position(l, Math.min(progress.currentStep(), l.steps().size() - 1)));
    }

    /** The position, or the fix when there is none. */
    public Position requirePosition() {
        return position().orElseThrow(() -> new LessonException("No lesson is started. 'tutorial' lists the lessons;"
                + " 'tutorial start 1' starts the first."));
    }

    /** Puts the database into the lesson's starting state and goes to its first step. */
    public Position start(Lesson lesson) {
        new StartingState(sandbox, migrations, migrationsFolder).apply(lesson);
        progress.startLesson(lesson.id());
        return new Position(lesson, 0);
    }

    public CheckResult check() {
        return check(requirePosition().current());
    }

    public CheckResult check(Step step) {
        return new Checker(sandbox, migrations, context).check(step);
    }

    /**
     * Checks the current step; when it is done, records it and moves to the next step (or, after the last,
     * stays and marks the lesson complete). Returns the check and the position afterwards.
     */
    public Advance next() {
        Position position = requirePosition();
        CheckResult result = check(position.current());
        if (!result.passed()) {
            return new Advance(result, position, false);
        }
        progress.stepDone(position.lesson().id(), position.step(), position.lesson().steps().size());
        if (position.last()) {
            return new Advance(result, position, true);
        }
        progress.moveTo(position.step() + 1);
        return new Advance(result, new Position(position.lesson(), position.step() + 1), false);
    }

    /** The outcome of {@link #next()}: the check, where the learner is now, and whether the lesson is finished. */
    public record Advance(CheckResult check, Position position, boolean lessonCompleted) {
    }

    public Position back() {
        Position position = requirePosition();
        if (position.step() == 0) {
            throw new LessonException("This is the first step of the lesson; there is nothing before it.");
        }
        progress.moveTo(position.step() - 1);
        return new Position(position.lesson(), position.step() - 1);
    }

    /** Forgets all progress (the data stays as it is). */
    public void reset() {
        progress.clear();
    }

    /** Records a step as done (when {@code tutorial play} has done it with its solution). */
    public void markDone(Position position) {
        progress.stepDone(position.lesson().id(), position.step(), position.lesson().steps().size());
        if (!position.last()) {
            progress.moveTo(position.step() + 1);
        }
    }
}
