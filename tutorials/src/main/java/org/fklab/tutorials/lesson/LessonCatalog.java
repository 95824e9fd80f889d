package org.fklab.tutorials.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lessons there are: the built-in ones (in the order of their index) and then those an instructor put in
 * the workspace's lessons folder (by file name), numbered from 1.
 */
public final class LessonCatalog {

    /** Where built-in lessons and their data folders are on the classpath. */
    public static final String BUILT_IN_FOLDER = "org/fklab/tutorials/lessons/";

    private static volatile List<Lesson> builtIn;

    private final Optional<Path> workspaceFolder;
    private List<Lesson> workspaceCache = List.of();
    private String workspaceKey;

    public LessonCatalog(Optional<Path> workspaceFolder) {
        this.workspaceFolder = workspaceFolder;
    }

    /** Every lesson, numbered; a workspace lesson that does not read is a LessonException naming its file and line. */
    public List<Lesson> lessons() {
        List<Lesson> lessons = new ArrayList<>(builtIn());
        lessons.addAll(workspaceLessons());
        List<Lesson> numbered = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            numbered.add(lessons.get(i).numbered(i + 1));
        }
        return numbered;
    }

    /** The built-in lessons never change while fklab runs: they are read once. */
    private static List<Lesson> builtIn() {
        List<Lesson> lessons = builtIn;
        if (lessons == null) {
            List<Lesson> read = new ArrayList<>();
            for (String file : builtInFiles()) {
                read.add(LessonReader.read(resource(BUILT_IN_FOLDER + file), stem(file), "built-in lesson " + file,
                        BUILT_IN_FOLDER, true));
            }
            lessons = List.copyOf(read);
            builtIn = lessons;
        }
        return lessons;
    }

    /** The instructor's lessons, read again only when a file in the folder has changed. */
    private List<Lesson> workspaceLessons() {
        if (workspaceFolder.isEmpty() || !Files.isDirectory(workspaceFolder.get())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(workspaceFolder.get())) {
            List<Path> files = list.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted()
                    .collect(Collectors.toList());
            StringBuilder key = new StringBuilder();
            for (Path file : files) {
                key.append(file.getFileName()).append(':').append(Files.getLastModifiedTime(file).toMillis())
                        .append(':').append(Files.size(file)).append('|');
            }
            if (!key.toString().equals(workspaceKey)) {
                List<Lesson> read = new ArrayList<>();
                for (Path file : files) {
                    read.add(LessonReader.read(text(file), stem(file.getFileName().toString()), file.toString(),
                            file.getParent().toString(), false));
                }
                workspaceCache = List.copyOf(read);
                workspaceKey = key.toString();
            }
            return workspaceCache;
        } catch (IOException e) {
            throw new LessonException("Cannot read the lessons folder " + workspaceFolder.get() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A lesson by number ({@code 2}), file name ({@code 02-adding-the-relationship}) or name ({@code adding-the-relationship}). */
    public Lesson find(String ref) {
        List<Lesson> lessons = lessons();
        String wanted = ref.strip().toLowerCase(Locale.ROOT);
        if (wanted.matches("\\d+")) {
            // a number too long for an int is simply not one of the lessons
            int number = wanted.length() > 9 ? -1 : Integer.parseInt(wanted);
            if (number >= 1 && number <= lessons.size()) {
                return lessons.get(number - 1);
            }
            throw new LessonException("There is no lesson " + wanted + ": the lessons are numbered 1 to "
                    + lessons.size() + ". 'tutorial' lists them.");
        }
        List<Lesson> matches = lessons.stream().filter(l -> l.id().equals(wanted) || l.slug().equals(wanted)
                || l.slug().startsWith(wanted) || l.title().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new LessonException("No lesson is called '" + ref + "'. 'tutorial' lists them; a number works too.");
        }
        throw new LessonException("'" + ref + "' could be lesson " + matches.stream().map(l -> l.number() + " ("
                + l.slug() + ")").collect(Collectors.joining(" or ")) + ". Use its number.");
    }

    /** Far more than any lesson's text: a larger file is refused, not read into memory. */
    private static final long MAX_BYTES = 1024 * 1024;

    /** A lesson file's text; one that is not UTF-8 is named, not read as nonsense, and a huge one is not read. */
    private static String text(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new LessonException(file + " is " + Files.size(file) / 1024 + " KiB, far larger than a lesson, so"
                    + " fklab does not read it. Move it out of the lessons folder.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new LessonException(file + ": this lesson is not UTF-8 text. Save it as UTF-8.", e);
        }
    }

    static List<String> builtInFiles() {
        return resource(BUILT_IN_FOLDER + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    private static String resource(String path) {
        try (InputStream in = LessonCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("fklab's jar lacks " + path + "; rebuild it with ./fklab");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }
}
