package org.fklab.domain.book;

import org.fklab.domain.author.Author;
import org.fklab.domain.author.Authors;
import org.fklab.domain.row.ChildRows;
import org.fklab.domain.row.Kind;
import org.fklab.domain.sandbox.Sandbox;

/** The book commands' work. A book needs its author (book.author_id is NOT NULL). */
public final class Books extends ChildRows<Book, Author, BookMapper> {

    public Books(Sandbox sandbox, Authors authors) {
        super(sandbox, Kind.BOOK, BookMapper.class, Book::new, authors, true);
    }
}
