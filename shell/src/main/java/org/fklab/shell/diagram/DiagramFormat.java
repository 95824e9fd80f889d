package org.fklab.shell.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.fklab.domain.DomainException;

/** The file formats a diagram can be written in, chosen by the file's extension. */
public enum DiagramFormat {
    SVG("A picture: open it in a web browser", List.of("svg"), model -> new SvgDiagram(model).render()),
    DOT("Graphviz: dot -Tpng FILE -o schema.png draws it", List.of("dot", "gv"), model -> new DotDiagram(model).render()),
    MERMAID("Mermaid: GitHub draws it in a ```mermaid block of a Markdown file", List.of("mmd"),
            model -> new MermaidDiagram(model).render());

    private final String about;
    private final List<String> extensions;
    private final Function<ErModel, String> renderer;

    DiagramFormat(String about, List<String> extensions, Function<ErModel, String> renderer) {
        this.about = about;
        this.extensions = extensions;
        this.renderer = renderer;
    }

    /** The format named by the file's extension, or a message that names the ones there are. */
    public static DiagramFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DiagramFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        throw new DomainException("Cannot write a diagram to " + file + (extension.isEmpty()
                ? ": its name has no extension to choose the format by" : ": fklab does not write ." + extension + " files")
                + ". Name the file with one of these extensions: .svg (a picture for a web browser), .dot or .gv"
                + " (Graphviz), .mmd (Mermaid); e.g. diagram --out schema.svg");
    }

    /** What the file is and how to look at it. */
    public String about() {
        return about;
    }

    public String render(ErModel model) {
        return renderer.apply(model);
    }
}
