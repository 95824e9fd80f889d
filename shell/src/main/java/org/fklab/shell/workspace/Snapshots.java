package org.fklab.shell.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.fklab.domain.DomainException;
import org.fklab.domain.IoErrors;
import org.fklab.domain.sandbox.CrashPoint;
import org.fklab.domain.sandbox.Folders;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.tutorials.engine.StepMark;
import org.fklab.tutorials.engine.StepStarts;

/**
 * Copies of a workspace to go back to: the database files and the migrations a learner wrote, together, so
 * data and migration state come back as one. Named snapshots are the learner's; the undo snapshots are taken
 * before each command that changes the workspace, the last five kept; the start of each step of the current
 * lesson is kept for {@code tutorial restart-step}. Each copy remembers the lesson step it was taken in.
 */
public final class Snapshots {

    /**
     * A snapshot: its name, when it was taken, for an undo snapshot the command it was taken before, and the lesson
     * step the learner was on.
     */
    public record Snapshot(String name, LocalDateTime taken, String before, StepMark mark) {
    }

    static final int UNDO_DEPTH = 5;
    /** The start of the name of a copy being written: renamed to its own name once it is whole. */
    private static final String PARTIAL = ".partial-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Workspace workspace;
    private final Sandbox sandbox;
    private final Supplier<StepMark> mark;
    private final Journal journal;

    private boolean stepTaken;

    /** @param mark where the learner is in the tutorial now, kept with each copy */
    public Snapshots(Workspace workspace, Sandbox sandbox, Supplier<StepMark> mark) {
        this.workspace = workspace;
        this.sandbox = sandbox;
        this.mark = mark;
        this.journal = new Journal(workspace.root());
    }

    /** Saves the workspace under {@code name} (replacing a snapshot of that name). */
    public Snapshot save(String name) {
        Snapshot snapshot = new Snapshot(checkName(name), LocalDateTime.now(), "", mark.get());
        write(workspace.snapshotsFolder().resolve(snapshot.name()), snapshot);
        return snapshot;
    }

    /** Puts the workspace back as the snapshot {@code name} left it. */
    public Snapshot restore(String name) {
        Path folder = workspace.snapshotsFolder().resolve(checkName(name));
        if (!Files.isDirectory(folder)) {
            throw new DomainException("There is no snapshot named " + name + ". 'restore' lists the snapshots.");
        }
        return read(folder);
    }

    /** The learner's snapshots, oldest first. */
    public List<Snapshot> list() {
        if (!Files.isDirectory(workspace.snapshotsFolder())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(workspace.snapshotsFolder())) {
            return folders.filter(f -> Files.isDirectory(f) && !f.getFileName().toString().startsWith("."))
                    .map(this::meta).sorted(Comparator.comparing(Snapshot::taken)).toList();
        } catch (IOException e) {
            throw new DomainException("Cannot read the snapshots folder: " + IoErrors.explain(e,
                    workspace.snapshotsFolder()) + ".", e);
        }
    }

    /**
     * Saves the workspace as it is before {@code command} runs, for undo (the oldest beyond five is dropped), and notes
     * in the journal that the command is under way, so that a start after a kill goes back to this copy.
     * {@link #afterCommand} ends the note.
     */
    public void beforeCommand(String command) {
        stepTaken = false;
        List<Path> stack = undoStack();
        Path next = undoFolder().resolve(String.format("%06d", stack.isEmpty() ? 1
                : Integer.parseInt(stack.get(stack.size() - 1).getFileName().toString()) + 1));
        write(next, new Snapshot(next.getFileName().toString(), LocalDateTime.now(), command, mark.get()));
        journal.begin(Journal.Kind.COMMAND, command, Optional.of(next));
        List<Path> all = undoStack();
        for (int i = 0; i < all.size() - UNDO_DEPTH; i++) {
            deleteTree(all.get(i));
        }
    }

    /** The command that {@link #beforeCommand} saved the workspace for is over, however it ended. */
    public void afterCommand() {
        journal.end();
    }

    /** Puts back the workspace as it was before the last command that changed it; empty when there is none. */
    public Optional<Snapshot> undo() {
        List<Path> stack = undoStack();
        if (stack.isEmpty()) {
            return Optional.empty();
        }
        Path last = stack.get(stack.size() - 1);
        // a kill while the copy is put back is finished at the next start: the copy stays until it is all back
        journal.begin(Journal.Kind.RESTORE, "undo", Optional.of(last));
        Snapshot snapshot = read(last);
        deleteTree(last);
        journal.end();
        return Optional.of(snapshot);
    }

    /**
     * Puts right what a kill interrupted (see {@link Journal}) and drops copies that were never finished; what it did,
     * in one line, when it had anything to do.
     */
    public Optional<String> recover() {
        dropUnfinishedCopies();
        Optional<Journal.Entry> pending = journal.pending();
        if (pending.isEmpty() || pending.get().kind() == Journal.Kind.CREATE) {
            return Optional.empty(); // a new workspace being made is made again by the workspace's opener
        }
        Journal.Entry entry = pending.get();
        Optional<Path> copy = entry.copy().filter(c -> Files.isRegularFile(c.resolve("snapshot.properties")));
        String note;
        if (copy.isEmpty()) {
            note = "'" + entry.command() + "' was interrupted (fklab was stopped before it finished), and the copy to"
                    + " put right from is gone; the workspace is as it was left.";
        } else if (entry.kind() == Journal.Kind.RESTORE) {
            read(copy.get());
            deleteTree(copy.get());
            note = "'" + entry.command() + "' was interrupted (fklab was stopped before it finished); fklab finished it:"
                    + " data, schema and migrations are as it puts them.";
        } else {
            read(copy.get());
            deleteTree(copy.get());
            note = "'" + entry.command() + "' was interrupted (fklab was stopped before it finished); the workspace is"
                    + " back as it was before it: data, schema and migrations.";
        }
        journal.end();
        return Optional.of(note);
    }

    /**
     * What the next start will put right if fklab stops now (Ctrl-C in a script), in words; empty between commands.
     */
    public Optional<String> whatTheNextStartPutsRight() {
        return journal.pending().filter(e -> e.kind() != Journal.Kind.CREATE).map(e -> e.kind() == Journal.Kind.RESTORE
                ? "fklab was stopped while '" + e.command() + "' put a copy back; its next start finishes it."
                : "fklab was stopped during '" + e.command() + "'; its next start puts the workspace back as it was"
                        + " before it.");
    }

    /** Copies a kill stopped halfway: they were never finished, so they are of no use to undo or restore. */
    private void dropUnfinishedCopies() {
        for (Path folder : List.of(workspace.snapshotsFolder(), undoFolder(),
                workspace.snapshotsFolder().resolve(".steps"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> copies = Files.list(folder)) {
                for (Path copy : copies.filter(c -> c.getFileName().toString().startsWith(PARTIAL)).toList()) {
                    deleteTree(copy);
                }
            } catch (IOException e) {
                throw new DomainException("Cannot read the snapshots folder " + folder + ": "
                        + IoErrors.explain(e, folder) + ".", e);
            }
        }
    }

    /**
     * Notes that the command which took the last undo snapshot has begun to change the workspace, step by step
     * (a migration applied, a demo's command run): if it fails from here on, the steps before stand, and so does
     * its snapshot.
     */
    public void stepTaken() {
        stepTaken = true;
    }

    /** Whether the command which took the last undo snapshot has begun to change the workspace. */
    public boolean hasTakenAStep() {
        return stepTaken;
    }

    /** Forgets the undo snapshot taken before a command that then failed (and so changed nothing to undo). */
    public void discardLastUndo() {
        List<Path> stack = undoStack();
        if (!stack.isEmpty()) {
            deleteTree(stack.get(stack.size() - 1));
        }
    }

    /** The step starts of the current lesson, as {@link StepStarts} the tutorial engine keeps them. */
    public StepStarts stepStarts() {
        return new StepStarts() {
            @Override
            public void save(StepMark step) {
                write(stepFolder(step), new Snapshot(stepFolder(step).getFileName().toString(), LocalDateTime.now(),
                        "", step));
            }

            @Override
            public boolean restore(StepMark step) {
                if (!Files.isDirectory(stepFolder(step))) {
                    return false;
                }
                read(stepFolder(step));
                // a step may turn explain on or off, so its start includes the setting
                sandbox.recorder().setRecording(Boolean.parseBoolean(properties(stepFolder(step)).getProperty("explain")));
                return true;
            }

            @Override
            public void forget() {
                deleteTree(workspace.snapshotsFolder().resolve(".steps"));
            }
        };
    }

    private Path stepFolder(StepMark step) {
        return workspace.snapshotsFolder().resolve(".steps").resolve(String.format("%03d", step.step() + 1));
    }

    private Path undoFolder() {
        return workspace.snapshotsFolder().resolve(".undo");
    }

    private List<Path> undoStack() {
        if (!Files.isDirectory(undoFolder())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(undoFolder())) {
            return folders.filter(f -> Files.isDirectory(f) && f.getFileName().toString().matches("\\d{6}"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DomainException("Cannot read the snapshots folder: " + e.getMessage() + ". Check its permissions.", e);
        }
    }

    /**
     * Writes a copy of the workspace into {@code folder}: built beside it under a partial name and renamed into place
     * once whole, so that a kill leaves the old copy (or none) and never half of a new one.
     */
    private void write(Path folder, Snapshot snapshot) {
        Path partial = folder.resolveSibling(PARTIAL + folder.getFileName() + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(partial.resolve("migrations"));
            sandbox.copyTo(partial.resolve("db"));
            CrashPoint.reached("copy");
            for (Path file : migrationFiles(workspace.migrationsFolder())) {
                Files.copy(file, partial.resolve("migrations").resolve(file.getFileName()));
            }
            Properties meta = new Properties();
            meta.setProperty("taken", STAMP.format(snapshot.taken()));
            meta.setProperty("before", snapshot.before());
            meta.setProperty("lesson", snapshot.mark().lesson());
            meta.setProperty("step", String.valueOf(snapshot.mark().step()));
            meta.setProperty("explain", String.valueOf(sandbox.recorder().isRecording()));
            try (OutputStream out = Files.newOutputStream(partial.resolve("snapshot.properties"))) {
                meta.store(out, "fklab snapshot");
            }
            if (Files.exists(folder)) {
                Path old = folder.resolveSibling(PARTIAL + "old-" + folder.getFileName() + "-" + UUID.randomUUID());
                Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            throw new DomainException("Cannot save the snapshot in " + folder + ": " + IoErrors.explain(e, folder) + ".",
                    e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            // the next start drops it, by its partial name
        }
    }

    private Snapshot read(Path folder) {
        Snapshot snapshot = meta(folder);
        sandbox.restoreFrom(folder.resolve("db"));
        CrashPoint.reached("restore");
        try {
            for (Path file : migrationFiles(workspace.migrationsFolder())) {
                Files.delete(file);
            }
            for (Path file : migrationFiles(folder.resolve("migrations"))) {
                Files.copy(file, workspace.migrationsFolder().resolve(file.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DomainException("Cannot put the migrations back from " + folder + ": " + IoErrors.explain(e,
                    workspace.migrationsFolder()) + ". Put that right and run it again: the copy is still there.", e);
        }
        return snapshot;
    }

    private Snapshot meta(Path folder) {
        Properties meta = properties(folder);
        int step;
        try {
            step = Integer.parseInt(meta.getProperty("step", "0"));
        } catch (NumberFormatException e) {
            step = 0;
        }
        return new Snapshot(folder.getFileName().toString(), LocalDateTime.parse(meta.getProperty("taken"), STAMP),
                meta.getProperty("before", ""), new StepMark(meta.getProperty("lesson", ""), step));
    }

    private static Properties properties(Path folder) {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("snapshot.properties"))) {
            meta.load(in);
        } catch (IOException e) {
            throw new DomainException("The snapshot in " + folder + " is damaged (no snapshot.properties). Delete that"
                    + " folder.", e);
        }
        return meta;
    }

    private static List<Path> migrationFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        // the changelogs, and the list of built-in migrations a lesson set aside
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*.{yaml,yml,txt}")) {
            list.forEach(files::add);
        }
        return files;
    }

    private static String checkName(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}")) {
            throw new DomainException("'" + name + "' cannot be a snapshot name: use letters, digits, '-', '_' and"
                    + " '.', e.g. before-lesson-4.");
        }
        return name;
    }

    private static void deleteTree(Path folder) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            throw new DomainException("Cannot remove the snapshot folder " + folder + ": " + IoErrors.explain(e, folder)
                    + ". Check its permissions.", e);
        }
    }
}
