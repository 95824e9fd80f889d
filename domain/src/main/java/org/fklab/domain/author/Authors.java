package org.fklab.domain.author;

import java.util.List;

import org.fklab.domain.DomainException;
import org.fklab.domain.row.Kind;
import org.fklab.domain.row.NamedRows;
import org.fklab.domain.sandbox.Sandbox;

/** The author commands' work. */
public final class Authors extends NamedRows<Author, AuthorMapper> {

    public Authors(Sandbox sandbox) {
        super(sandbox, Kind.AUTHOR, AuthorMapper.class, Author::new);
    }

    public Author show(String ref) {
        return sandbox.rolledBack(session -> {
            Author author = resolve(session, ref);
            Author withBooks = mapper(session).findWithBooks(author.getId());
            if (withBooks == null) {
                throw new DomainException("Author " + author.getId() + " was deleted meanwhile. Run 'author list'.");
            }
            return withBooks;
        });
    }

    public List<Author> listWithBooks() {
        return listWithBooks(false);
    }

    /** With {@code lazy}, each author's books are read by a query of their own (1 + N queries). */
    public List<Author> listWithBooks(boolean lazy) {
        return sandbox.rolledBack(session -> lazy ? mapper(session).findAllWithBooksLazy()
                : mapper(session).findAllWithBooks());
    }
}
