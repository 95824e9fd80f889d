package org.fklab.shell.launch;

import org.fklab.shell.render.Styles;
import org.fklab.shell.session.ShellSession;

/** The few lines a learner reads when the shell starts. */
final class Welcome {

    private Welcome() {
    }

    static String text(ShellSession session, boolean created) {
        Styles styles = session.console().styles();
        String workspace = session.workspace().describe()
                + (created ? " (new: all built-in migrations applied, tutorial data loaded)" : "");
        return String.join(System.lineSeparator(),
                styles.header("fklab " + Version.current()) + " — learn foreign keys and schema migrations by doing.",
                "Bands have listings, authors have books: each child row holds its parent's id.",
                styles.dim("Workspace: " + workspace),
                styles.dim("Database: " + session.sandbox().engine() + " (" + styles.code("engine")
                        + " says how its foreign keys differ from other engines')"),
                "Type " + styles.code("tutorial") + " for the lessons, " + styles.code("help") + " for the commands,"
                        + " or start with " + styles.code("band list") + ".",
                styles.code("exit") + " or Ctrl-D leaves.");
    }
}
