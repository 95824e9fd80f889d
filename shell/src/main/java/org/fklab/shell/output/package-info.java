/**
 * Where the rows a command prints go, and how, so that no command decides it for itself. {@link Output} sends them to
 * the screen, through a {@link Pager} when they are longer than it (JLine's less or {@code $PAGER}), or to a file
 * ({@link OutFile}, put in place only when whole); a long result is written a row at a time as far as the person
 * pages, never held whole. {@link OutputOptions} are the options every listing command shares: how many rows, which
 * format, which file. The formats themselves (box, CSV, JSON, markdown) are writers here; the choice of one is
 * {@link org.fklab.shell.render.Format}.
 */
package org.fklab.shell.output;
