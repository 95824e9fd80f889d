package org.fklab.shell.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's configuration file, {@code $XDG_CONFIG_HOME/fklab/config} or {@code ~/.config/fklab/config}: one
 * {@code name = value} a line, {@code #} comments. What is wrong with a line is said with the file and line, and the
 * line is left out; nothing in it stops fklab from starting.
 */
final class ConfigFile {

    /** A value and the line it is on. */
    record Entry(String value, int line) {
    }

    /** Larger than any configuration a person writes: a file this big is not one. */
    private static final long MAX_BYTES = 64 * 1024;

    private final Path path;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ConfigFile(Path path) {
        this.path = path;
    }

    /** Where the file is looked for, as the XDG base directory convention says. */
    static Path location(Map<String, String> env) {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path base = !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("fklab").resolve("config");
    }

    static ConfigFile read(Path path, List<String> known) {
        ConfigFile file = new ConfigFile(path);
        if (!Files.isRegularFile(path)) {
            return file;
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                file.problems.add(path + " is " + Files.size(path) / 1024 + " KiB, too large to be a configuration;"
                        + " it was not read.");
                return file;
            }
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                file.line(lines.get(i), i + 1, known);
            }
        } catch (MalformedInputException e) {
            file.problems.add(path + " is not UTF-8 text; it was not read. Save it as UTF-8.");
        } catch (IOException e) {
            file.problems.add("Cannot read " + path + " (" + e.getMessage() + "); its settings were not used.");
        }
        return file;
    }

    private void line(String text, int number, List<String> known) {
        int hash = text.indexOf('#');
        String line = (hash < 0 ? text : text.substring(0, hash)).strip();
        if (line.isEmpty()) {
            return;
        }
        int equals = line.indexOf('=');
        if (equals <= 0) {
            problems.add(path + ":" + number + ": '" + line + "' is not a setting; write name = value, e.g."
                    + " format = csv.");
            return;
        }
        String name = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(equals + 1).strip();
        if (!known.contains(name)) {
            problems.add(path + ":" + number + ": '" + name + "' is not one of fklab's settings ("
                    + String.join(", ", known) + ").");
            return;
        }
        entries.put(name, new Entry(value, number));
    }

    Path path() {
        return path;
    }

    Optional<Entry> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    void problem(String text) {
        problems.add(text);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
