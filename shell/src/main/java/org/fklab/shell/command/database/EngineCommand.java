package org.fklab.shell.command.database;

import java.util.concurrent.Callable;

import org.fklab.domain.sandbox.EngineVersion;
import org.fklab.shell.render.Styles;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;

/** Which engine the workspace's database runs on, where it keeps its data, and how its foreign keys differ. */
@Command(name = "engine", description = {
        "Name the database engine, its version and where the data is.",
        "Then say how its foreign keys behave where other engines' differ."})
public final class EngineCommand implements Callable<Integer> {

    private final ShellSession session;

    EngineCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        EngineVersion engine = session.sandbox().engine();
        Styles styles = session.console().styles();
        session.console().println(styles.header(engine.toString()) + ", embedded in fklab: "
                + (session.workspace().inMemory() ? "the database is in memory, and gone after exit."
                : "the database is in " + session.workspace().databaseFolder() + "."));
        session.console().println("Its foreign keys, where engines differ:");
        engine.engine().foreignKeyDifferences().forEach(difference -> session.console().println("  - " + difference));
        return 0;
    }
}
