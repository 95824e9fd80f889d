package org.fklab.shell.command.data;

import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.domain.author.Author;
import org.fklab.domain.book.Book;
import org.fklab.domain.row.Kind;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Values;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The parent side of author → books. */
@Command(name = "author", aliases = "authors", description = "Authors, the parent side of author → books.",
        footer = {"", "An author is named by id or exact name. created_at is set when the row is inserted;",
                "updated_at changes on every update (rename)."})
public final class AuthorCommand implements Callable<Integer> {

    private final ShellSession session;

    AuthorCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return list(false, false);
    }

    @Command(name = "list", description = "List the authors.")
    int list(@Option(names = "--with-books", description = "Each author with their books, nested (one JOIN).")
             boolean withBooks,
             @Option(names = "--lazy", description = {"With --with-books: read each author's books with a query of",
                     "their own (1 + N queries instead of one JOIN; compare with explain on)."})
             boolean lazy) {
        if (lazy && !withBooks) {
            throw new org.fklab.domain.DomainException("--lazy goes with --with-books: author list --with-books --lazy");
        }
        if (!withBooks) {
            List<Author> authors = session.authors().list();
            if (authors.isEmpty()) {
                Views.parents(session, Kind.AUTHOR, authors);
                return 0;
            }
            BoxTable table = BoxTable.withNumbers(List.of("id", "name", "created_at", "updated_at"), List.of("id"));
            authors.forEach(a -> table.add(a.getId(), a.getName(), a.getCreatedAt(), a.getUpdatedAt()));
            Views.table(session, table);
            session.console().println(Values.count(authors.size(), "author"));
            return 0;
        }
        Console console = session.console();
        List<Author> authors = session.authors().listWithBooks(lazy);
        if (authors.isEmpty()) {
            Views.parents(session, Kind.AUTHOR, authors);
        }
        for (Author author : authors) {
            console.println(console.styles().header(author.getName()));
            if (author.getBooks().isEmpty()) {
                console.println("  " + console.styles().dim("(no books)"));
            }
            for (Book book : author.getBooks()) {
                console.println("  • " + book.getTitle());
            }
        }
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "add", description = "Add an author (created_at and updated_at are set to now).")
    int add(@Parameters(paramLabel = "NAME", description = "The author's name, in quotes if it has spaces.")
            String name) {
        Author author = session.authors().add(name);
        session.console().println(session.console().styles().success("Added author " + author.getId() + ": "
                + author.getName()));
        return 0;
    }

    @Command(name = "show", description = {"Show an author, their timestamps and their books.",
            "The books are the reverse side of book.author_id."})
    int show(@Parameters(paramLabel = "AUTHOR", description = "The author's id or name.") String ref) {
        Author author = session.authors().show(ref);
        Views.parent(session, Kind.AUTHOR, author, List.of(
                new String[] {"created_at", Values.display(author.getCreatedAt())},
                new String[] {"updated_at", Values.display(author.getUpdatedAt())}));
        Views.reverseSide(session, Kind.AUTHOR, Kind.BOOK, author.getId(), author.getBooks());
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "rename", description = "Give an author a new name (moves updated_at, keeps created_at).")
    int rename(@Parameters(index = "0", paramLabel = "AUTHOR", description = "The author's id or name.") String ref,
               @Parameters(index = "1", paramLabel = "NAME", description = "The new name.") String name) {
        Author author = session.authors().rename(ref, name);
        session.console().println(session.console().styles().success("Renamed author " + author.getId() + " to "
                + author.getName() + " (updated_at " + Values.display(author.getUpdatedAt()) + ")"));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "delete", description = {"Delete an author and, by ON DELETE CASCADE, their books.",
            "fk_book_author is ON DELETE CASCADE: the books are deleted too, and fklab lists them."})
    int delete(@Parameters(paramLabel = "AUTHOR", description = "The author's id or name.") String ref,
               @Option(names = "--dry-run", description = "Only say what would happen; change nothing.")
               boolean dryRun) {
        return Views.deletion(session, Kind.AUTHOR, session.authors().delete(ref, dryRun));
    }
}
