package org.fklab.shell.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.fklab.domain.DomainException;
import org.fklab.domain.IoErrors;

/**
 * What fklab is in the middle of doing to a workspace, written before it starts and removed when it ends, so that
 * the next start after a kill can put it right: a command that changes the workspace (put back as it was before it,
 * from its undo copy), a copy being put back (finished), a new workspace being made (made again).
 */
final class Journal {

    /** What was going on. */
    enum Kind {
        /** A command that changes the workspace, with the undo copy taken before it: a kill means going back to it. */
        COMMAND,
        /** A copy of the workspace being put back (undo): a kill means putting it back again, to the end. */
        RESTORE,
        /** A new workspace being migrated and given its data: a kill means making it again. */
        CREATE
    }

    /** One entry: the kind, the command in the learner's words, and the copy it concerns. */
    record Entry(Kind kind, String command, Optional<Path> copy) {
    }

    private final Path file;

    Journal(Path workspaceRoot) {
        this.file = workspaceRoot.resolve("journal.properties");
    }

    /** Writes the entry (whole, or not at all) before the work begins. */
    void begin(Kind kind, String command, Optional<Path> copy) {
        Properties entry = new Properties();
        entry.setProperty("kind", kind.name());
        entry.setProperty("command", command);
        copy.ifPresent(c -> entry.setProperty("copy", c.toString()));
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                entry.store(out, "fklab: what was going on, if fklab was stopped before it finished");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DomainException("Cannot write " + file + ", which lets fklab put the workspace right if it is"
                    + " stopped halfway: " + IoErrors.explain(e, file) + ".", e);
        }
    }

    /** The work is over, whatever its outcome: nothing to put right. */
    void end() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next start finds the entry and puts back what is already there: harmless
        }
    }

    /** What a kill interrupted, if anything; a damaged entry counts as none (and is removed). */
    Optional<Entry> pending() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties entry = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            entry.load(in);
            Kind kind = Kind.valueOf(entry.getProperty("kind", ""));
            Optional<Path> copy = Optional.ofNullable(entry.getProperty("copy")).map(Path::of);
            return Optional.of(new Entry(kind, entry.getProperty("command", ""), copy));
        } catch (IOException | IllegalArgumentException e) {
            end();
            return Optional.empty();
        }
    }
}
