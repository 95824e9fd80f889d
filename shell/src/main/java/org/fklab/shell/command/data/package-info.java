/**
 * The commands on rows, {@code band}, {@code listing}, {@code author} and {@code book}: {@link BandCommand},
 * {@link ListingCommand}, {@link AuthorCommand}, {@link BookCommand}. They parse what was typed and show what the
 * domain did; the work itself (the lookups, the checks, what a delete does to child rows) is in
 * {@link org.fklab.domain.row} and the entity packages. {@link ChildEffectLines} words what a delete did to the rows
 * pointing at it, so that {@code band delete} and a DELETE typed into {@code sql} say it alike.
 */
package org.fklab.shell.command.data;
