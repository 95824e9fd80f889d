package org.fklab.shell.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fklab.shell.workspace.Workspace;

/**
 * fklab's defaults, each with where it came from: the command line, then the environment, then the user's
 * configuration file ({@link ConfigFile}), then fklab's own default. {@code config} shows them.
 */
public final class Settings {

    public static final String WORKSPACE = "workspace";
    public static final String COLOR = "color";
    public static final String FORMAT = "format";
    public static final String PAGER = "pager";
    public static final String LESSON_AUTO_CHECK = "lesson-auto-check";
    private static final List<String> NAMES = List.of(WORKSPACE, COLOR, FORMAT, PAGER, LESSON_AUTO_CHECK);
    private static final List<String> FORMATS = List.of("box", "csv", "json", "markdown");

    /** A setting's value as text, and where it came from ("default", "environment (NO_COLOR)", "FILE:3"). */
    public record Value(String name, String value, String from) {
    }

    private final ConfigFile file;
    private final Map<String, Value> values = new LinkedHashMap<>();

    private Settings(ConfigFile file) {
        this.file = file;
    }

    /** fklab's own defaults only: no environment, no file (for a session made by a test). */
    public static Settings defaults() {
        return load(Map.of("XDG_CONFIG_HOME", "/nonexistent-fklab-config"));
    }

    /** The settings of the environment and the configuration file, before the command line is read. */
    public static Settings load(Map<String, String> env) {
        Settings settings = new Settings(ConfigFile.read(ConfigFile.location(env), NAMES));
        settings.resolve(WORKSPACE, env, "FKLAB_WORKSPACE", Workspace.defaultRoot().toString(), Settings::path);
        settings.resolve(COLOR, env, "NO_COLOR", "on", Settings::onOff);
        settings.resolve(FORMAT, env, null, "box", Settings::format);
        settings.resolve(PAGER, env, "PAGER", "less (JLine's own)", Optional::of);
        settings.resolve(LESSON_AUTO_CHECK, env, null, "on", Settings::onOff);
        return settings;
    }

    private interface Check {
        /** The value in its plain form, or empty when it is not a value of this setting. */
        Optional<String> of(String value);
    }

    private void resolve(String name, Map<String, String> env, String variable, String fallback, Check check) {
        // PAGER set but empty means no pager, as for git and man; the others count only when they hold something
        boolean fromEnvironment = variable != null && (variable.equals("PAGER") ? env.containsKey(variable)
                : !env.getOrDefault(variable, "").isEmpty());
        if (fromEnvironment) {
            // NO_COLOR means no colour whatever its value, as no-color.org says
            String value = variable.equals("NO_COLOR") ? "off" : env.get(variable);
            values.put(name, new Value(name, value, "environment (" + variable + ")"));
            return;
        }
        Optional<ConfigFile.Entry> entry = file.get(name);
        if (entry.isPresent()) {
            Optional<String> value = check.of(entry.get().value());
            if (value.isPresent()) {
                values.put(name, new Value(name, value.get(), file.path() + ":" + entry.get().line()));
                return;
            }
            file.problem(file.path() + ":" + entry.get().line() + ": '" + entry.get().value() + "' is not a value of "
                    + name + " (" + expected(name) + "); fklab's default is used instead.");
        }
        values.put(name, new Value(name, fallback, "default"));
    }

    private static String expected(String name) {
        switch (name) {
            case COLOR: case LESSON_AUTO_CHECK: return "on or off";
            case FORMAT: return String.join(", ", FORMATS);
            default: return "a folder";
        }
    }

    private static Optional<String> onOff(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "on": case "true": case "yes": return Optional.of("on");
            case "off": case "false": case "no": return Optional.of("off");
            default: return Optional.empty();
        }
    }

    private static Optional<String> format(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return FORMATS.contains(lower) ? Optional.of(lower) : Optional.empty();
    }

    private static Optional<String> path(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String expanded = value.equals("~") || value.startsWith("~/")
                ? System.getProperty("user.home") + value.substring(1) : value;
        try {
            return Optional.of(Path.of(expanded).toAbsolutePath().normalize().toString());
        } catch (RuntimeException e) {
            return Optional.empty(); // a NUL or another character no path may hold
        }
    }

    /** Records that the command line gave {@code name} (it wins over everything else). */
    public void given(String name, String value, String option) {
        values.put(name, new Value(name, value, "command line (" + option + ")"));
    }

    /** The workspace folder when the command line names none: FKLAB_WORKSPACE, the file, or ~/.fklab. */
    public Path workspace() {
        return Path.of(values.get(WORKSPACE).value());
    }

    public boolean color() {
        return values.get(COLOR).value().equals("on");
    }

    public String format() {
        return values.get(FORMAT).value();
    }

    /** The pager to use instead of JLine's own, when PAGER or the file names one. */
    public Optional<String> pager() {
        Value pager = values.get(PAGER);
        return pager.from().equals("default") ? Optional.empty() : Optional.of(pager.value());
    }

    public boolean lessonAutoCheck() {
        return values.get(LESSON_AUTO_CHECK).value().equals("on");
    }

    /** Every setting, its value and where it came from, in a fixed order. */
    public List<Value> all() {
        return new ArrayList<>(values.values());
    }

    /** Where the configuration file is looked for (it need not exist). */
    public Path file() {
        return file.path();
    }

    /** What was wrong in the configuration file, each with its file and line. */
    public List<String> problems() {
        return file.problems();
    }
}
