package org.fklab.domain.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A savepoint of a file database: after a CHECKPOINT the .script, .data and .properties files describe the
 * whole database, so copying them is a consistent copy; restoring shuts the database down, puts them back as a
 * whole ({@link DatabaseFiles}) and lets the next connection reopen it.
 */
final class FileSavepoint implements Savepoint {

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

    @Override
    public void restore() {
        sandbox.restoreFrom(copy);
    }

    @Override
    public void close() {
        delete(copy);
    }

    static void delete(Path folder) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            // a leftover copy is harmless: the next start removes it
        }
    }
}
