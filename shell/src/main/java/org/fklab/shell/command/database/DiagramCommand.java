package org.fklab.shell.command.database;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fklab.shell.diagram.DiagramFormat;
import org.fklab.shell.diagram.ErModel;
import org.fklab.shell.diagram.TerminalDiagram;
import org.fklab.shell.output.OutFile;
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
        OutFile.check(out, "diagram --out", "schema.svg");
        ErModel model = ErModel.of(session.schema());
        OutFile.write(out, format.render(model), "diagram --out", "schema.svg");
        console.println(console.styles().success("Wrote the diagram of " + Values.count(model.tables().size(), "table") + " and "
                + Values.count(model.relationships().size(), "relationship") + " to " + out + ".") + " "
                + format.about().replace("FILE", out.toString()) + ".");
        return 0;
    }
}
