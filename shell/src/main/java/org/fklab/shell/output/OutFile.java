package org.fklab.shell.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.fklab.domain.DomainException;

/**
 * A file a command writes ({@code --out FILE}), written beside it first ({@code FILE.partial}) and put in its
 * place only when all of it is in: a failure or Ctrl-C leaves no half-written file, and an older file of that name
 * as it was. A path that cannot be written is refused before anything is read, with the path and the fix.
 */
public final class OutFile {

    private final Path typed;
    private final Path target;
    private final Path partial;
    private final Writer writer;

    private OutFile(Path typed, Path target, Path partial, Writer writer) {
        this.typed = typed;
        this.target = target;
        this.partial = partial;
        this.writer = writer;
    }

    /**
     * Checks that {@code file} can be written: not a folder, in a folder that exists.
     *
     * @param usage   how the command names a file, for the example in a refusal: {@code diagram --out}
     * @param example a good file name for it: {@code schema.svg}
     */
    public static void check(Path file, String usage, String example) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new DomainException(file + " is a folder. Name a file in it, e.g. " + usage + " "
                    + file.resolve(example));
        }
        Path folder = target.getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DomainException("Cannot write " + file + ": " + folder + " is a file, not a folder. Name a file"
                    + " in a folder, e.g. " + usage + " " + folder.resolveSibling(example));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DomainException("Cannot write " + file + ": the folder " + folder + " does not exist. Create it"
                    + " first, or name a file in a folder that exists.");
        }
    }

    /** Checks the path ({@link #check}) and opens the partial file beside it. */
    public static OutFile open(Path file, String usage, String example) {
        check(file, usage, example);
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            return new OutFile(file, target, partial, new BufferedWriter(Files.newBufferedWriter(partial,
                    StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Writes the whole text to {@code file}, or nothing. */
    public static void write(Path file, String text, String usage, String example) {
        OutFile out = open(file, usage, example);
        boolean written = false;
        try {
            out.writer().write(text);
            written = true;
        } catch (IOException e) {
            throw failure(file, e);
        } finally {
            out.finish(written);
        }
    }

    public Writer writer() {
        return writer;
    }

    /** Puts the file in place, or with {@code complete} false removes what was written. */
    public void finish(boolean complete) {
        try {
            writer.close();
            if (complete) {
                try {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            if (complete) {
                throw failure(typed, e);
            }
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing more useful to say than the failure itself
            }
        }
    }

    /** Writing failed (no permission, a full disk): the message names the path and the fix. */
    static DomainException failure(Path file, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        return new DomainException("Cannot write " + file + " (" + reason + "). Name a file in a folder you may write"
                + " to, on a disk with room.");
    }
}
