package org.fklab.shell.command.shell;

import java.nio.file.Files;
import java.util.concurrent.Callable;

import org.fklab.shell.config.Settings;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;

/** Shows fklab's settings for this run and where each came from. */
@Command(name = "config", description = {"Show fklab's settings and where each came from.",
        "The command line wins, then the environment (FKLAB_WORKSPACE, NO_COLOR, PAGER), then the configuration",
        "file ($XDG_CONFIG_HOME/fklab/config or ~/.config/fklab/config: one 'name = value' a line, # comments),",
        "then fklab's default. Settings: workspace, color (on|off), format (box|csv|json|markdown),",
        "pager (a command), lesson-auto-check (on|off; 'tutorial auto' in a workspace wins)."},
        footer = {"", "Example file:", "  workspace = ~/fklab-class", "  format = markdown",
                "  lesson-auto-check = off"})
public final class ConfigCommand implements Callable<Integer> {

    private final ShellSession session;

    ConfigCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Settings settings = session.settings();
        BoxTable table = new BoxTable("setting", "value", "from");
        settings.all().forEach(value -> table.add(value.name(), value.value(), value.from()));
        session.console().print(table);
        session.console().println("Configuration file: " + settings.file() + (Files.isRegularFile(
                settings.file()) ? "" : " (there is none; 'help config' shows the form)"));
        settings.problems().forEach(problem -> session.console().println(session.console().styles().warning("warning: ")
                + problem));
        return 0;
    }
}
