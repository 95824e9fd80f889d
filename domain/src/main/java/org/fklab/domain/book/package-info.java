/**
 * The book table, the child side of author → books: {@link Book}, its mapper {@link BookMapper} (SQL in
 * BookMapper.xml at the same path under resources) and {@link Books}, what the book commands do. A book cannot exist
 * without its author (book.author_id is NOT NULL), the one way it differs from a listing; everything else a child row
 * does is in {@link org.fklab.domain.row}.
 */
package org.fklab.domain.book;
