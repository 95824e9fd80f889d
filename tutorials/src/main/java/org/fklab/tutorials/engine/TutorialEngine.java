package org.fklab.tutorials.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.fklab.domain.explain.StatementRecorder;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.Migrations;
import org.fklab.tutorials.check.Answers;
import org.fklab.tutorials.check.CheckResult;
import org.fklab.tutorials.check.Checker;
import org.fklab.tutorials.check.GivenAnswer;
import org.fklab.tutorials.check.Outcome;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.LessonCatalog;
import org.fklab.tutorials.lesson.LessonException;
import org.fklab.tutorials.lesson.Requirement;
import org.fklab.tutorials.lesson.Step;

/**
 * Walks a learner through the lessons: starts one (putting the database into its starting state), shows the current
 * step, checks it against the database (quietly after every command, too), takes answers, gives hints one at a
 * time, moves on or back, puts a step's start back, and keeps the progress in the workspace so it survives restarts.
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

        public StepMark mark() {
            return new StepMark(lesson.id(), step);
        }
    }

    /** The outcome of {@link #next()}: the check, where the learner is now, and whether the lesson is finished. */
    public record Advance(CheckResult check, Position position, boolean lessonCompleted) {
    }

    /** The outcome of {@link #answer}: whether the answer is right, and the step's check with it. */
    public record Answered(boolean right, CheckResult check) {
    }

    /** A hint, the how-manieth it is, and how many the step has. */
    public record Hint(String text, int number, int of) {
    }

    /** What the quiet check after a command found worth saying. */
    public record Notice(Position position, CheckResult check) {

        public boolean done() {
            return check.passed();
        }
    }

    private final Sandbox sandbox;
    private final Migrations migrations;
    private final LessonCatalog catalog;
    private final Path migrationsFolder;
    private final Progress progress;
    private final StepStarts stepStarts;
    private boolean autoByDefault = true;

    /**
     * @param lessonsFolder    the workspace's own lessons
     * @param progressFile     where progress is kept (progress.json)
     * @param migrationsFolder the workspace's migrations (a lesson may archive the learner's)
     * @param stepStarts       where the start of each step is kept
     */
    public TutorialEngine(Sandbox sandbox, Migrations migrations, Path lessonsFolder, Path progressFile,
                          Path migrationsFolder, StepStarts stepStarts) {
        this.sandbox = sandbox;
        this.migrations = migrations;
        this.catalog = new LessonCatalog(Optional.of(lessonsFolder));
        this.migrationsFolder = migrationsFolder;
        this.progress = Progress.load(progressFile);
        this.stepStarts = stepStarts;
    }

    /** What went wrong reading the progress file, to tell the learner once. */
    public List<String> notes() {
        return progress.notes();
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

    /** Where the learner is, to be kept with a copy of the workspace taken now. */
    public StepMark mark() {
        return position().map(Position::mark).orElse(StepMark.OUTSIDE);
    }

    /** Puts the database into the lesson's starting state and goes to its first step. */
    public Position start(Lesson lesson) {
        new StartingState(sandbox, migrations, migrationsFolder).apply(lesson);
        progress.startLesson(lesson.id());
        Position first = new Position(lesson, 0);
        stepStarts.forget();
        stepStarts.save(first.mark());
        recordFklabState();
        return first;
    }

    public CheckResult check() {
        Position position = requirePosition();
        CheckResult result = check(position.current());
        return staleDatabase(position).map(result::withStaleDatabase).orElse(result);
    }

    /** The step's check against the database as it is, for a step played from its solution. */
    public CheckResult check(Step step) {
        return quietly(explain -> new Checker(sandbox, migrations, explain).check(step, progress.visit().answer()));
    }

    /** Runs the check's own queries without showing them under {@code explain on}: they are fklab's, not the learner's. */
    private <T> T quietly(Function<Boolean, T> work) {
        StatementRecorder recorder = sandbox.recorder();
        boolean explain = recorder.isRecording();
        recorder.setRecording(false);
        try {
            return work.apply(explain);
        } finally {
            recorder.setRecording(explain);
            recorder.drain();
        }
    }

    /** When an undo or restore took the database back past this step's start, the condition that says so. */
    private Optional<Outcome> staleDatabase(Position position) {
        Optional<StepMark> from = progress.databaseFrom();
        if (from.isEmpty()) {
            return Optional.empty();
        }
        boolean sameLesson = from.get().lesson().equals(position.lesson().id());
        String when = sameLesson ? "into step " + (from.get().step() + 1) + " (" + position.lesson().steps()
                .get(Math.min(from.get().step(), position.lesson().steps().size() - 1)).title() + ")"
                : "to before lesson " + position.lesson().number() + " began";
        String fix = sameLesson ? "'back' returns to that step to do it again; 'tutorial restart-step' puts this"
                + " step's start back instead" : "'tutorial restart-step' puts this step's start back";
        return Optional.of(new Outcome("The database is where this step began", false, "undo or restore took it back "
                + when, Optional.of(fix + ".")));
    }

    /**
     * Checks the current step; when it is done, records it and moves to the next step (or, after the last, ends the
     * lesson: the learner is on no lesson then). Returns the check and the position afterwards.
     */
    public Advance next() {
        Position position = requirePosition();
        CheckResult result = check();
        if (!result.passed()) {
            return new Advance(result, position, false);
        }
        progress.stepDone(position.lesson().id(), position.step(), position.lesson().steps().size());
        if (position.last()) {
            progress.leaveLesson();
            stepStarts.forget();
            return new Advance(result, position, true);
        }
        Position following = new Position(position.lesson(), position.step() + 1);
        progress.moveTo(following.step());
        stepStarts.save(following.mark());
        return new Advance(result, following, false);
    }

    public Position back() {
        Position position = requirePosition();
        if (position.step() == 0) {
            throw new LessonException("This is the first step of the lesson; there is nothing before it.");
        }
        Position previous = new Position(position.lesson(), position.step() - 1);
        progress.moveTo(previous.step());
        progress.databaseFrom().filter(from -> from.equals(previous.mark()))
                .ifPresent(from -> progress.setDatabaseFrom(Optional.empty()));
        return previous;
    }

    /** Puts back the database, schema and migrations as the current step began. */
    public Position restartStep() {
        Position position = requirePosition();
        if (!stepStarts.restore(position.mark())) {
            throw new LessonException("The start of this step was not kept (it is kept from the moment a step begins"
                    + " in this workspace). 'tutorial start " + position.lesson().number() + "' starts the lesson"
                    + " again from its first step.");
        }
        progress.moveTo(position.step());
        progress.setDatabaseFrom(Optional.empty());
        return position;
    }

    /**
     * Hears that undo or restore put back a copy of the workspace taken at {@code from}: if that is before the start
     * of the current step, the step's check says so until the learner goes back or restarts the step. Returns what
     * to tell the learner now.
     */
    public Optional<String> databaseRestored(StepMark from) {
        Optional<Position> position = position();
        if (position.isEmpty()) {
            return Optional.empty();
        }
        Position here = position.get();
        boolean sameLesson = from.lesson().equals(here.lesson().id());
        if (sameLesson && from.step() >= here.step()) {
            progress.setDatabaseFrom(Optional.empty());
            return Optional.empty();
        }
        progress.setDatabaseFrom(Optional.of(from));
        Progress.Visit visit = progress.visit();
        progress.setVisit(new Progress.Visit(visit.answer(), visit.hintsGiven(), false, true)); // said here, not again
        if (sameLesson) {
            return Optional.of("That took the database back into step " + (from.step() + 1) + " ("
                    + here.lesson().steps().get(from.step()).title() + "); you are on step " + (here.step() + 1)
                    + ", which builds on it. 'back' goes to step " + (from.step() + 1) + " to do it again;"
                    + " 'tutorial restart-step' puts step " + (here.step() + 1) + "'s start back.");
        }
        return Optional.of("That took the database back to before lesson " + here.lesson().number() + " began;"
                + " 'tutorial restart-step' puts the start of step " + (here.step() + 1) + " back.");
    }

    /** Takes the learner's answer to the current step's question, and checks the step with it. */
    public Answered answer(String given) {
        Position position = requirePosition();
        List<Requirement.Answer> questions = position.current().check().stream().map(c -> c.requirement())
                .filter(r -> r instanceof Requirement.Answer).map(r -> (Requirement.Answer) r).toList();
        if (questions.isEmpty()) {
            throw new LessonException("Step " + (position.step() + 1) + " asks no question to answer: its goal is to "
                    + lowerFirst(position.current().goal()) + " 'check' says what is still missing.");
        }
        boolean right = quietly(explain -> {
            Checker checker = new Checker(sandbox, migrations, explain);
            return questions.stream().allMatch(q -> Answers.matches(given, checker.value(q.sql())));
        });
        Progress.Visit visit = progress.visit();
        progress.setVisit(new Progress.Visit(Optional.of(new GivenAnswer(given.strip(), right)), visit.hintsGiven(),
                visit.announced(), visit.warned()));
        return new Answered(right, check());
    }

    /** The next hint of the current step (the idea first, the command last); after the last one, the last again. */
    public Hint hint() {
        Position position = requirePosition();
        List<String> hints = position.current().hints();
        Progress.Visit visit = progress.visit();
        int index = Math.min(visit.hintsGiven(), hints.size() - 1);
        progress.setVisit(new Progress.Visit(visit.answer(), index + 1, visit.announced(), visit.warned()));
        return new Hint(hints.get(index), index + 1, hints.size());
    }

    public boolean auto() {
        return progress.auto().orElse(autoByDefault);
    }

    /** Whether the quiet check runs when the learner has not said (the configuration's lesson-auto-check). */
    public void setAutoByDefault(boolean on) {
        autoByDefault = on;
    }

    public void setAuto(boolean on) {
        progress.setAuto(on);
    }

    /**
     * The quiet check after a command: says once that the current step holds (and records it done), or once that the
     * learner has gone off the step's track; otherwise nothing. Nothing at all with {@code tutorial auto off}.
     */
    public Optional<Notice> afterCommand() {
        Optional<Position> position = position();
        if (position.isEmpty() || !auto()) {
            return Optional.empty();
        }
        Position here = position.get();
        CheckResult result = check();
        Progress.Visit visit = progress.visit();
        if (result.passed()) {
            if (visit.announced()) {
                return Optional.empty();
            }
            progress.stepDone(here.lesson().id(), here.step(), here.lesson().steps().size());
            progress.setVisit(new Progress.Visit(visit.answer(), visit.hintsGiven(), true, false));
            return Optional.of(new Notice(here, result));
        }
        if (result.isOffTrack() != visit.warned()) {
            progress.setVisit(new Progress.Visit(visit.answer(), visit.hintsGiven(), false, result.isOffTrack()));
            return result.isOffTrack() ? Optional.of(new Notice(here, result)) : Optional.empty();
        }
        if (visit.announced()) {
            progress.setVisit(new Progress.Visit(visit.answer(), visit.hintsGiven(), false, visit.warned()));
        }
        return Optional.empty();
    }

    /** Forgets all progress (the data stays as it is). */
    public void reset() {
        progress.clear();
        stepStarts.forget();
    }

    /** Records a step as done (when {@code tutorial play} has done it with its solution) and moves past it. */
    public void markDone(Position position) {
        progress.stepDone(position.lesson().id(), position.step(), position.lesson().steps().size());
        if (position.last()) {
            progress.leaveLesson();
            stepStarts.forget();
        } else {
            progress.moveTo(position.step() + 1);
            stepStarts.save(new StepMark(position.lesson().id(), position.step() + 1));
        }
    }

    /** Remembers the workspace as fklab itself has just set it up (a new workspace, a reset, a lesson's start). */
    public void recordFklabState() {
        progress.setFklabState(WorkspaceState.fingerprint(sandbox, migrationsFolder));
    }

    /** Whether the workspace holds only what fklab itself put there, so that replacing it loses nothing of the learner's. */
    public boolean holdsOnlyFklabState() {
        return progress.fklabState().filter(state -> state.equals(WorkspaceState.fingerprint(sandbox,
                migrationsFolder))).isPresent();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
