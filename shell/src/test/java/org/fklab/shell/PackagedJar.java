package org.fklab.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged fklab.jar as the integration tests start it: with the JVM options the {@code ./fklab} launcher gives
 * (see java_opts in the fklab script): for most commands no optimising compiler and the serial collector, for bulk
 * seed commands the full compiler. A test's processes start as a person's do, and a suite of them spends its time on
 * fklab rather than on the JVM warming up.
 */
final class PackagedJar {

    static final Path JAR = Path.of(System.getProperty("fklab.jar", "target/fklab.jar")).toAbsolutePath();

    private static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto");
    private static final List<String> BULK = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto");

    private PackagedJar() {
    }

    /** {@code java [startup options] [jvmOptions] -jar fklab.jar [args]}; {@code jvmOptions} like {@code -Dx=y}. */
    static List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(List.of("java"));
        boolean bulk = args.stream().anyMatch(arg -> arg.matches("\\s*seed\\s+(load|generate|export)\\b.*"));
        command.addAll(bulk ? BULK : QUICK);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        return command;
    }
}
