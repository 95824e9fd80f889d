package org.fklab.domain.author;

import java.util.List;

import org.fklab.domain.row.NamedRowMapper;

/** Mapped statements on author; SQL in AuthorMapper.xml. */
public interface AuthorMapper extends NamedRowMapper<Author> {

    /** The author with their books, read with one LEFT JOIN. */
    Author findWithBooks(long id);

    /** Every author with their books, one LEFT JOIN: the nested author → books view. */
    List<Author> findAllWithBooks();

    /** Every author, then one query per author for their books: the N+1 problem, on purpose. */
    List<Author> findAllWithBooksLazy();
}
