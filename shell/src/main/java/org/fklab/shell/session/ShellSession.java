package org.fklab.shell.session;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.fklab.domain.DomainException;
import org.fklab.domain.author.Authors;
import org.fklab.domain.band.Bands;
import org.fklab.domain.book.Books;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.listing.Listings;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.Schema;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.tutorials.engine.StepMark;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.shell.config.Settings;
import org.fklab.shell.demo.DemoCatalog;
import org.fklab.shell.output.Pager;
import org.fklab.shell.render.Console;
import org.fklab.shell.workspace.Snapshots;
import org.fklab.shell.workspace.Workspace;

/** Everything a command may use during one run of fklab: the workspace, its database, the output. */
public final class ShellSession implements AutoCloseable {

    private final CompletableFuture<Workspace> workspace;
    private final CompletableFuture<Sandbox> sandbox;
    private final Console console;
    private final boolean interactive;
    private final boolean debug;
    private boolean exitRequested;
    private Prompter prompter = Prompter.NOBODY;
    private Settings settings = Settings.defaults();
    private final StopSignal stop = new StopSignal();
    /** How many scripts run inside one another in this session now ({@code source} in a sourced script). */
    private int scriptDepth;
    private Pager pager;

    private TutorialEngine tutorials;
    private Bands bands;
    private Listings listings;
    private Authors authors;
    private Books books;
    private Snapshots snapshots;

    /**
     * @param sandbox the database, which may still be opening: commands are built meanwhile and wait for it
     *                only when they use it
     */
    public ShellSession(CompletableFuture<Workspace> workspace, CompletableFuture<Sandbox> sandbox, Console console,
                        boolean interactive, boolean debug) {
        this.workspace = workspace;
        this.sandbox = sandbox;
        this.console = console;
        this.interactive = interactive;
        this.debug = debug;
    }

    public Workspace workspace() {
        return workspace.join();
    }

    public Sandbox sandbox() {
        return sandbox.join();
    }

    public Console console() {
        return console;
    }

    /** A person at a terminal (who can be asked to confirm), not a script. */
    public boolean interactive() {
        return interactive;
    }

    public boolean debug() {
        return debug;
    }

    /** Whether box tables may use line-drawing characters. */
    public boolean unicode() {
        return console.unicode();
    }

    public Bands bands() {
        if (bands == null) {
            bands = new Bands(sandbox());
        }
        return bands;
    }

    public Listings listings() {
        if (listings == null) {
            listings = new Listings(sandbox(), bands());
        }
        return listings;
    }

    public Authors authors() {
        if (authors == null) {
            authors = new Authors(sandbox());
        }
        return authors;
    }

    public Books books() {
        if (books == null) {
            books = new Books(sandbox(), authors());
        }
        return books;
    }

    /** The migrations of this workspace: the built-in ones and those in its migrations folder. */
    public Migrations migrations() {
        return new Migrations(sandbox().dataSource(), MigrationCatalog.withWorkspace(workspace().migrationsFolder()));
    }

    /** The tutorial: lessons, the learner's place in them, and the checks. */
    public TutorialEngine tutorials() {
        if (tutorials == null) {
            Workspace ws = workspace();
            tutorials = new TutorialEngine(sandbox(), migrations(), ws.lessonsFolder(), ws.progressFile(),
                    ws.migrationsFolder(), snapshots().stepStarts());
            tutorials.setAutoByDefault(settings.lessonAutoCheck());
            tutorials.notes().forEach(note -> console.println(console.styles().warning("note: ") + note));
        }
        return tutorials;
    }

    /** The built-in demos and the instructor's own. */
    public DemoCatalog demos() {
        return new DemoCatalog(workspace().demosFolder());
    }

    /** Named snapshots and the undo snapshots of this workspace. */
    public Snapshots snapshots() {
        if (snapshots == null) {
            snapshots = new Snapshots(workspace(), sandbox(), this::tutorialMark);
        }
        return snapshots;
    }

    /** Where the learner is in the tutorial, for a copy of the workspace taken now. */
    private StepMark tutorialMark() {
        try {
            return tutorials().mark();
        } catch (RuntimeException e) {
            return StepMark.OUTSIDE; // a broken workspace lesson must not stop undo; 'tutorial' says what is wrong
        }
    }

    /** The prompt: {@code fklab> }, or {@code fklab [2.3]> } inside step 3 of lesson 2. */
    public String promptLabel() {
        try {
            return tutorials().position().map(p -> "fklab [" + p.lesson().number() + "." + (p.step() + 1) + "]")
                    .orElse("fklab");
        } catch (RuntimeException e) {
            return "fklab"; // a broken workspace lesson must not break the prompt; 'tutorial' says what is wrong
        }
    }

    public Schema schema() {
        return new Schema(sandbox());
    }

    public SqlConsole sqlConsole() {
        return new SqlConsole(sandbox());
    }

    /**
     * Whether to go ahead with something that discards work: the person at the keyboard reads {@code warning} and
     * is asked {@code question} (a no says that nothing was changed); a script, with no one to ask, fails with
     * {@code refusal}, which says how to go ahead there (--yes).
     */
    public boolean mayDiscard(String warning, String question, String refusal) {
        if (!interactive) {
            throw new DomainException(refusal);
        }
        console.println(console.styles().warning(warning));
        if (confirm(question)) {
            return true;
        }
        console.println("Nothing was changed.");
        return false;
    }

    /** Asks a yes-or-no question of the person at the keyboard; a script has no one to answer, so: no. */
    public boolean confirm(String question) {
        return interactive && prompter.confirm(question);
    }

    /** Waits for the person at the keyboard to press Enter; false when they want to stop (or it is a script). */
    public boolean pause(String prompt) {
        return interactive && prompter.pause(prompt);
    }

    /** Ctrl-C while a command runs. */
    public StopSignal stopSignal() {
        return stop;
    }

    /** A script starts inside whatever this session runs now; how many run inside one another with it. */
    public int enterScript() {
        return ++scriptDepth;
    }

    /** The script {@link #enterScript} counted has ended. */
    public void leaveScript() {
        scriptDepth--;
    }

    /** fklab's defaults for this run, and where each came from. */
    public Settings settings() {
        return settings;
    }

    public void setSettings(Settings settings) {
        this.settings = settings;
    }

    /** The pager for output longer than the screen: only in the interactive shell, on a terminal that is not dumb. */
    public Optional<Pager> pager() {
        return Optional.ofNullable(pager);
    }

    public void setPager(Pager pager) {
        this.pager = pager;
    }

    public void setPrompter(Prompter prompter) {
        this.prompter = prompter;
    }

    public void requestExit() {
        exitRequested = true;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    @Override
    public void close() {
        try {
            sandbox.join().close();
            workspace.join().close();
        } catch (RuntimeException e) {
            // it never opened (the opening thread closed what it had made): nothing to close
        }
    }
}
