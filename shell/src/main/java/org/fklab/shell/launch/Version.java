package org.fklab.shell.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** fklab's version, written into the jar by the build. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/fklab/shell/version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"fklab " + current()};
    }
}
