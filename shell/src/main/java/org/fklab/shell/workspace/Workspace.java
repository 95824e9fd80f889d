package org.fklab.shell.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.IoErrors;
import org.fklab.domain.sandbox.Folders;

/**
 * A learner's folder: the database ({@code db/}), migrations they wrote ({@code migrations/}), command
 * history, tutorial progress and snapshots. An "in-memory" workspace is a temporary folder, deleted when the
 * shell ends, whose database does not wait for the disk; snapshots and undo work there too.
 */
public final class Workspace implements AutoCloseable {

    private final Path root;
    private final boolean inMemory;

    private Workspace(Path root, boolean inMemory) {
        this.root = root;
        this.inMemory = inMemory;
    }

    /** The default, {@code ~/.fklab}. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), ".fklab");
    }

    public static Workspace at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new DomainException(absolute + " is a file, not a folder. Give --workspace a folder (it is created"
                    + " if it does not exist).");
        }
        try {
            Files.createDirectories(absolute.resolve("db"));
            Files.createDirectories(absolute.resolve("migrations"));
        } catch (IOException e) {
            throw new DomainException("Cannot create the workspace folder " + absolute + " (" + IoErrors.explain(e, absolute)
                    + "). Choose another with --workspace DIR, or use --in-memory.", e);
        }
        return new Workspace(absolute, false);
    }

    public static Workspace temporary() {
        try {
            Path root = Files.createTempDirectory("fklab-");
            Files.createDirectories(root.resolve("db"));
            Files.createDirectories(root.resolve("migrations"));
            return new Workspace(root, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean inMemory() {
        return inMemory;
    }

    /** The folder a person sees: the workspace, or "in memory". */
    public String describe() {
        return inMemory ? "in memory (nothing is kept after exit)" : root.toString();
    }

    public Path root() {
        return root;
    }

    public Path databaseFolder() {
        return root.resolve("db");
    }

    public Path migrationsFolder() {
        return root.resolve("migrations");
    }

    /** Where JLine keeps the command history; none for an in-memory workspace. */
    public Optional<Path> historyFile() {
        return inMemory ? Optional.empty() : Optional.of(root.resolve("history"));
    }

    /** An instructor's own lessons, listed after the built-in ones. */
    public Path lessonsFolder() {
        return root.resolve("lessons");
    }

    public Path progressFile() {
        return root.resolve("progress.json");
    }

    /** An instructor's own demos, and their edited copies of the built-in ones. */
    public Path demosFolder() {
        return root.resolve("demos");
    }

    public Path snapshotsFolder() {
        return root.resolve("snapshots");
    }

    @Override
    public void close() {
        if (inMemory) {
            try {
                Folders.deleteTree(root);
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
