package org.fklab.tutorials.lesson;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a lesson file (the form is described in tutorials/LESSONS.md). Anything missing or misspelt is
 * reported with the file and line, so an author can fix a lesson without reading Java.
 */
public final class LessonReader {

    private static final Set<String> LESSON_KEYS = Set.of("title", "summary", "start", "steps");
    private static final Set<String> START_KEYS = Set.of("migrate", "dataset", "migrations", "built-ins");
    private static final Set<String> STEP_KEYS = Set.of("title", "text", "try", "goal", "check", "keep", "hint",
            "solution", "wrong", "also-right", "show");
    private static final Set<String> WRONG_KEYS = Set.of("try", "says");

    private final String where;
    private final YamlNodes yaml;
    private final ConditionReader conditions;

    private LessonReader(String where) {
        this.where = where;
        this.yaml = new YamlNodes(where);
        this.conditions = new ConditionReader(yaml);
    }

    /**
     * @param id    the file name without extension
     * @param where the file, for messages
     */
    public static Lesson read(String yamlText, String id, String where, String folder, boolean builtIn) {
        return new LessonReader(where).lesson(yamlText, id, folder, builtIn);
    }

    private Lesson lesson(String yamlText, String id, String folder, boolean builtIn) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            throw new LessonException(where + ":" + (e.getProblemMark().getLine() + 1) + ": this is not valid YAML ("
                    + e.getProblem() + "). See tutorials/LESSONS.md for the form of a lesson.", e);
        } catch (YAMLException e) {
            throw new LessonException(where + ": this is not valid YAML (" + e.getMessage() + ").", e);
        }
        if (!(root instanceof MappingNode)) {
            throw yaml.problem(root, "a lesson starts with title:, summary:, start: and steps:");
        }
        MappingNode map = (MappingNode) root;
        yaml.keys(map, LESSON_KEYS, "a lesson");
        Start begin = start(yaml.mapping(map, "start"));
        Node stepsNode = YamlNodes.value(map, "steps");
        if (!(stepsNode instanceof SequenceNode) || ((SequenceNode) stepsNode).getValue().isEmpty()) {
            throw yaml.problem(stepsNode == null ? map : stepsNode, "'steps:' needs a list of steps");
        }
        List<Step> steps = new ArrayList<>();
        for (Node stepNode : ((SequenceNode) stepsNode).getValue()) {
            steps.add(step(stepNode));
        }
        return new Lesson(id, 0, yaml.text(map, "title"), yaml.text(map, "summary"), begin, steps, where, folder,
                builtIn);
    }

    private Start start(MappingNode start) {
        yaml.keys(start, START_KEYS, "start");
        String migrations = yaml.optional(start, "migrations").orElse("keep");
        if (!migrations.equals("keep") && !migrations.equals("archive")) {
            throw yaml.problem(YamlNodes.value(start, "migrations"), "start.migrations is 'keep' or 'archive'");
        }
        String builtIns = yaml.optional(start, "built-ins").orElse("all");
        if (!builtIns.equals("all") && !builtIns.equals("up-to-start")) {
            throw yaml.problem(YamlNodes.value(start, "built-ins"), "start.built-ins is 'all' or 'up-to-start'");
        }
        String migrate = yaml.text(start, "migrate");
        if (builtIns.equals("up-to-start") && (migrate.equals(Start.LATEST) || !migrations.equals("archive"))) {
            throw yaml.problem(YamlNodes.value(start, "built-ins"), "built-ins: up-to-start sets aside the built-in"
                    + " migrations after start.migrate, so it needs a migration there (not latest) and"
                    + " migrations: archive (the learner's own migrations would not fit the built-in ones)");
        }
        return new Start(migrate, yaml.text(start, "dataset"), migrations.equals("archive"),
                builtIns.equals("up-to-start"));
    }

    private Step step(Node node) {
        if (!(node instanceof MappingNode)) {
            throw yaml.problem(node, "each step has title:, text:, goal:, check:, hint: and solution:");
        }
        MappingNode map = (MappingNode) node;
        yaml.keys(map, STEP_KEYS, "a step");
        List<Node> checkNodes = yaml.items(map, "check", "conditions");
        if (checkNodes.isEmpty()) {
            throw yaml.problem(map, "'check:' needs a list of conditions (see the kinds in LESSONS.md)");
        }
        List<Condition> check = checkNodes.stream().map(conditions::read).toList();
        List<Condition> keep = yaml.items(map, "keep", "conditions").stream().map(conditions::read).toList();
        return new Step(yaml.text(map, "title"), yaml.text(map, "text"), yaml.strings(map, "try", false, "command"),
                yaml.text(map, "goal"), check, keep, yaml.strings(map, "hint", true, "hint"),
                yaml.strings(map, "solution", true, "command"), wrong(map), alsoRight(map), show(map));
    }

    /** {@code wrong:} items: {@code try:} one command or a list, {@code says:} the words the failure must contain. */
    private List<Attempt> wrong(MappingNode step) {
        List<Attempt> attempts = new ArrayList<>();
        for (Node item : yaml.items(step, "wrong", "wrong attempts, each with try: and says:")) {
            if (!(item instanceof MappingNode)) {
                throw yaml.problem(item, "a wrong attempt has try: (the commands) and says: (words its failure"
                        + " must contain)");
            }
            MappingNode attempt = (MappingNode) item;
            yaml.keys(attempt, WRONG_KEYS, "a wrong attempt");
            attempts.add(new Attempt(yaml.strings(attempt, "try", true, "command"),
                    yaml.strings(attempt, "says", true, "word"), yaml.at(attempt)));
        }
        return attempts;
    }

    /** {@code also-right:} items: one command, or a list of commands. */
    private List<Attempt> alsoRight(MappingNode step) {
        List<Attempt> attempts = new ArrayList<>();
        for (Node item : yaml.items(step, "also-right", "other correct ways, each one command or a list")) {
            attempts.add(new Attempt(yaml.strings(item, "also-right", "command"), List.of(), yaml.at(item)));
        }
        return attempts;
    }

    private List<Show> show(MappingNode step) {
        List<Show> pictures = new ArrayList<>();
        for (String picture : yaml.strings(step, "show", false, "picture")) {
            try {
                pictures.add(Show.valueOf(picture.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw yaml.problem(YamlNodes.value(step, "show"), "show: is graph or diagram, not '" + picture + "'");
            }
        }
        return pictures;
    }
}
