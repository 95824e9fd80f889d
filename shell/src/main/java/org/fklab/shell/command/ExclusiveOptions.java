package org.fklab.shell.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options that exclude each other are an {@code @ArgGroup(exclusive = true)}; when two of them are given, picocli says
 * "--a, --b are mutually exclusive (specify only one)". This says it as fklab does, the same for every group: "either
 * --step or --auto SECONDS, not both".
 * <p>
 * Such a group is declared the same way everywhere: each option {@code required = true} (needed only once the group is
 * given, so the synopsis reads {@code [--step | --auto]}), of a wrapper type with {@code defaultValue =
 * Option.NULL_VALUE}, and the group's field with an initial value. Then picocli puts the options back before each run
 * of a command it has parsed before (picocli issue 1536), and one run's choice does not carry over to the next.
 */
public final class ExclusiveOptions {

    private ExclusiveOptions() {
    }

    /** The options of one exclusive group of {@code spec} that {@code args} give together, as words; empty if none. */
    public static Optional<String> givenTogether(CommandSpec spec, String[] args) {
        return spec.argGroups().stream().flatMap(ExclusiveOptions::withSubgroups)
                .filter(ArgGroupSpec::exclusive)
                .map(group -> group.options().stream().filter(option -> given(option, args)).toList())
                .filter(given -> given.size() > 1)
                .findFirst()
                .map(ExclusiveOptions::words);
    }

    private static Stream<ArgGroupSpec> withSubgroups(ArgGroupSpec group) {
        return Stream.concat(Stream.of(group), group.subgroups().stream().flatMap(ExclusiveOptions::withSubgroups));
    }

    private static boolean given(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }

    private static String words(List<OptionSpec> options) {
        List<String> named = new ArrayList<>();
        for (OptionSpec option : options) {
            named.add(option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : ""));
        }
        return "either " + String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1)
                + ", not both";
    }
}
