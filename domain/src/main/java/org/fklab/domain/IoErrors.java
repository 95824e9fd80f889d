package org.fklab.domain;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What went wrong with a file or folder, in plain words with the fix: a full disk, a folder that cannot be written, a
 * file in the way, a missing folder, text that is not UTF-8. Never a Java class name.
 */
public final class IoErrors {

    /** A Java class's name at the head of a message ("java.io.IOException: "): no words for a learner. */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b[a-z]+(\\.[a-z]\\w*)+\\.[A-Z]\\w*(Exception|Error):?\\s*");

    private IoErrors() {
    }

    /** The cause of {@code failure} (or of one of its causes) in words, about {@code path} when it names no file. */
    public static String explain(Throwable failure, Path path) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String words = words(t, path);
            if (words != null) {
                return words;
            }
        }
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            message = t.getMessage() == null || t.getMessage().isBlank() ? message : t.getMessage();
        }
        return message == null ? "it could not be read or written (" + path + ")"
                : CLASS_NAME.matcher(message).replaceAll("").strip();
    }

    /** The file among {@code where} and its parents that stands where a folder should: the one to move aside. */
    private static String fileInTheWay(String where) {
        try {
            for (Path p = Path.of(where); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p)) {
                    return p.toString();
                }
            }
        } catch (InvalidPathException e) {
            // named as it was given
        }
        return where;
    }

    private static String words(Throwable t, Path path) {
        String reason = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "";
        String text = (reason + " " + (t.getMessage() == null ? "" : t.getMessage())).toLowerCase(Locale.ROOT);
        String where = t instanceof FileSystemException f && f.getFile() != null ? f.getFile() : String.valueOf(path);
        if (text.contains("no space left") || text.contains("disk full") || text.contains("quota exceeded")) {
            return "the disk is full. Free some space (the workspace is " + path + ") and try again";
        }
        if (text.contains("read-only file system")) {
            return "the disk holding " + where + " is read-only. Use a workspace on a disk that can be written"
                    + " (--workspace DIR)";
        }
        if (t instanceof AccessDeniedException) {
            return where + " cannot be written: permission denied. Check its permissions, or use another folder"
                    + " (--workspace DIR)";
        }
        if (t instanceof NotDirectoryException || t instanceof FileAlreadyExistsException
                || text.contains("not a directory")) {
            return "a file is in the way at " + fileInTheWay(where) + ", where a folder should be. Move it aside";
        }
        if (t instanceof DirectoryNotEmptyException) {
            return where + " is a folder that is not empty, where fklab wanted to put a file. Move it aside";
        }
        if (t instanceof NoSuchFileException) {
            return where + " does not exist. Check the path (a folder must exist before a file is written in it)";
        }
        if (t instanceof CharacterCodingException) {
            return "it is not UTF-8 text. Save it as UTF-8";
        }
        if (t instanceof InvalidPathException) {
            return "the path holds a character no file name may have (" + ((InvalidPathException) t).getReason()
                    + "). Choose another";
        }
        return null;
    }
}
