package org.fklab.domain.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.fklab.domain.DomainException;

/**
 * A savepoint of a file database: after a CHECKPOINT the .script, .data and .properties files describe the
 * whole database, so copying them is a consistent copy; restoring shuts the database down, copies them
 * back and lets the next connection reopen it.
 */
final class FileSavepoint implements Savepoint {

    private static final String[] FILES = {"fklab.script", "fklab.data", "fklab.properties"};
    private static final String[] LEFTOVERS = {"fklab.log", "fklab.backup", "fklab.data.old"};

    private final Sandbox sandbox;
    private final Path copy;

    private FileSavepoint(Sandbox sandbox, Path copy) {
        this.sandbox = sandbox;
        this.copy = copy;
    }

    static FileSavepoint take(Sandbox sandbox, Path database) {
        Path copy = database.resolveSibling(database.getFileName() + ".savepoint-" + UUID.randomUUID());
        sandbox.copyTo(copy);
        return new FileSavepoint(sandbox, copy);
    }

    /** Copies the database files of {@code database} into {@code target} (after a checkpoint). */
    static void copyFiles(Path database, Path target) {
        try {
            Files.createDirectories(target);
            for (String name : FILES) {
                Path file = database.resolve(name);
                if (Files.exists(file)) {
                    Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(target.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new DomainException("Cannot copy the database to " + target + " (" + e.getMessage() + "). Check the"
                    + " free disk space.", e);
        }
    }

    /** Puts the files copied into {@code copy} back into {@code database} (which must be shut down). */
    static void replaceFiles(Path copy, Path database) {
        try {
            for (String name : LEFTOVERS) {
                Files.deleteIfExists(database.resolve(name));
            }
            for (String name : FILES) {
                Path saved = copy.resolve(name);
                if (Files.exists(saved)) {
                    Files.copy(saved, database.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(database.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the database back from " + copy, e);
        }
    }

    @Override
    public void restore() {
        sandbox.restoreFrom(copy);
    }

    @Override
    public void close() {
        delete(copy);
    }

    static void delete(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover copy is harmless
        }
    }
}
