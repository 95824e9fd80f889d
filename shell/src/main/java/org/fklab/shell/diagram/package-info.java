/**
 * The {@code diagram} command's pictures of the tables and their foreign keys. {@link ErModel} reads the live schema
 * once into tables and relationships, and every drawing is made from it: {@link TerminalDiagram} for the terminal,
 * and for a file ({@link DiagramFormat}, chosen by the extension) SVG, Graphviz DOT or a Mermaid {@code erDiagram}.
 * The terminal and the SVG share one layout on a grid of character cells, so a picture in the browser has its boxes
 * and lines where the terminal has them.
 */
package org.fklab.shell.diagram;
