package org.fklab.shell.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fklab.domain.DomainException;
import org.fklab.shell.script.ScriptFile;

/**
 * The demos an instructor can run: the built-in ones, and their own in the workspace's {@code demos/} folder
 * ({@code NAME.fk}, a script of fklab commands with comments as narration). A demo in the folder with a
 * built-in demo's name is an edited copy and takes its place.
 */
public final class DemoCatalog {

    private static final String BUILT_IN = "/org/fklab/shell/demos/";
    public static final String EXTENSION = ".fk";

    private final Path folder;

    public DemoCatalog(Path folder) {
        this.folder = folder;
    }

    /** Every demo, the built-in ones first in their order, then the instructor's by name. */
    public List<Demo> all() {
        Map<String, Demo> demos = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            demos.put(name, new Demo(name, builtInText(name), null));
        }
        for (Path file : ownFiles()) {
            String name = file.getFileName().toString();
            name = name.substring(0, name.length() - EXTENSION.length());
            demos.put(name, new Demo(name, read(file), file));
        }
        return new ArrayList<>(demos.values());
    }

    public List<String> names() {
        return all().stream().map(Demo::name).toList();
    }

    public Demo find(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() -> new DomainException(
                "There is no demo named '" + name + "'. The demos are: " + String.join(", ", names())
                        + ". 'demo list' describes them."));
    }

    /** Copies a demo into the workspace's demos folder, where it can be edited; the file written. */
    public Path copy(String name) {
        Demo demo = find(name);
        Path target = folder.resolve(name + EXTENSION);
        if (Files.exists(target)) {
            throw new DomainException(target + " is already there: edit it, or delete it to copy the built-in demo"
                    + " again.");
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(target, demo.text());
        } catch (IOException e) {
            throw new DomainException("Cannot write " + target + " (" + e.getMessage() + "). Check the workspace"
                    + " folder's permissions.", e);
        }
        return target;
    }

    private List<Path> ownFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new DomainException("Cannot list the demos in " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    private static List<String> builtInNames() {
        return lines(resource("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String builtInText(String name) {
        return String.join("\n", lines(resource(name + EXTENSION))) + "\n";
    }

    private static InputStream resource(String name) {
        InputStream in = DemoCatalog.class.getResourceAsStream(BUILT_IN + name);
        if (in == null) {
            throw new IllegalStateException("the built-in demo file " + name + " is missing from the jar");
        }
        return in;
    }

    private static List<String> lines(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return ScriptFile.text(file);
    }
}
