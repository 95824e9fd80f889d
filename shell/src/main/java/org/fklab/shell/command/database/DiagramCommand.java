package org.fklab.shell.command.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fklab.domain.DomainException;
import org.fklab.shell.diagram.DiagramFormat;
import org.fklab.shell.diagram.ErModel;
import org.fklab.shell.diagram.TerminalDiagram;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Values;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The tables and their foreign keys as a picture: in the terminal, or written to an SVG, DOT or Mermaid file. */
@Command(name = "diagram", description = {"Draw the tables and the foreign keys between them (an ER diagram).",
        "Each table is a box with its columns (PK primary key, FK foreign key → the table it points at);",
        "each foreign key is a line from the child table up to its parent, labelled with its ON DELETE rule",
        "(* many, 1 one), and is listed again below the boxes. Drawn from the database as it is now."},
        footer = {"", "Examples:", "  diagram",
                "  diagram --out schema.svg    a picture to open in a web browser",
                "  diagram --out schema.dot    Graphviz: dot -Tpng schema.dot -o schema.png",
                "  diagram --out schema.mmd    Mermaid: GitHub draws it in a ```mermaid block"})
public final class DiagramCommand implements Callable<Integer> {

    private final ShellSession session;

    @Option(names = "--out", paramLabel = "FILE", description = {"Write the diagram to FILE instead; its extension chooses",
            "the format: .svg (SVG), .dot or .gv (Graphviz DOT), .mmd (Mermaid)."})
    Path out;

    DiagramCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Console console = session.console();
        if (out == null) {
            ErModel model = ErModel.of(session.schema());
            new TerminalDiagram(model, console.styles(), session.unicode(), console.width()).lines()
                    .forEach(console::println);
            return 0;
        }
        DiagramFormat format = DiagramFormat.of(out);
        Path file = out.toAbsolutePath().normalize();
        checkWritable(file);
        ErModel model = ErModel.of(session.schema());
        write(file, format.render(model));
        console.println(console.styles().success("Wrote the diagram of " + Values.count(model.tables().size(), "table") + " and "
                + Values.count(model.relationships().size(), "relationship") + " to " + out + ".") + " "
                + format.about().replace("FILE", out.toString()) + ".");
        return 0;
    }

    private void checkWritable(Path file) {
        if (Files.isDirectory(file)) {
            throw new DomainException(out + " is a folder. Name a file in it, e.g. diagram --out "
                    + out.resolve("schema.svg"));
        }
        Path folder = file.getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DomainException("Cannot write " + out + ": " + folder + " is a file, not a folder. Name a file"
                    + " in a folder, e.g. diagram --out " + folder.resolveSibling("schema.svg"));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DomainException("Cannot write " + out + ": the folder " + folder + " does not exist. Create it"
                    + " first, or name a file in a folder that exists.");
        }
    }

    /** Writes the whole text or, failing, leaves no new file behind. */
    private void write(Path file, String text) {
        boolean existed = Files.exists(file);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (!existed) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // it was not made: nothing to take back
                }
            }
            String reason = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
            throw new DomainException("Cannot write " + out + " (" + reason + "). Name a file in a folder you may write"
                    + " to.");
        }
    }

}
