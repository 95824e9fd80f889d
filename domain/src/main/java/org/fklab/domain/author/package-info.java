/**
 * The author table, the parent side of author → books: {@link Author}, its mapper {@link AuthorMapper} (SQL in
 * AuthorMapper.xml at the same path under resources) and {@link Authors}, what the author commands do. What every
 * named parent does alike (list, add, rename, delete) is in {@link org.fklab.domain.row}; only what is the author's
 * own, such as its created_at and updated_at, is here.
 */
package org.fklab.domain.author;
