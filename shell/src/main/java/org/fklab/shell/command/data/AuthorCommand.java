package org.fklab.shell.command.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import org.fklab.domain.author.Author;
import org.fklab.domain.book.Book;
import org.fklab.domain.row.Kind;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.DryRun;
import org.fklab.shell.output.Output;
import org.fklab.shell.output.OutputOptions;
import org.fklab.shell.render.Values;
import org.fklab.shell.repl.CompletionCandidates;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        return list(false, false, new OutputOptions());
    }

    @Command(name = "list", description = "List the authors.")
    int list(@Option(names = "--with-books", description = "Each author with their books, nested (one JOIN).")
             boolean withBooks,
             @Option(names = "--lazy", description = {"With --with-books: read each author's books with a query of",
                     "their own (1 + N queries instead of one JOIN; compare with explain on)."})
             boolean lazy,
             @Mixin OutputOptions options) {
        if (lazy && !withBooks) {
            throw new org.fklab.domain.DomainException("--lazy goes with --with-books: author list --with-books --lazy");
        }
        Output.print(session, options, withBooks ? "author list --with-books" : "author list", output -> {
            if (withBooks) {
                withBooks(output, session.authors().listWithBooks(lazy));
            } else {
                Views.rows(output, Kind.AUTHOR, List.of("id", "name", "created_at", "updated_at"), List.of("id"),
                        session.authors().list(), a -> Arrays.asList(a.getId(), a.getName(), a.getCreatedAt(),
                                a.getUpdatedAt()), "No authors yet. Add one: author add NAME");
            }
        });
        return 0;
    }

    /** Each author with their books under them; to take away, one row a book (an author without any once). */
    private static void withBooks(Output output, List<Author> authors) {
        if (authors.isEmpty() && !output.dataOnly()) {
            output.text("No authors yet. Add one: author add NAME");
            return;
        }
        Output.Table table = output.nested(List.of("id", "name", "book_id", "book_title"),
                List.of(true, false, true, false), "(no books)");
        rows:
        for (Author author : authors) {
            List<Book> books = author.getBooks().isEmpty() ? Collections.singletonList(null) : author.getBooks();
            for (Book book : books) {
                if (!table.row(Arrays.asList(author.getId(), author.getName(), book == null ? null : book.getId(),
                        book == null ? null : book.getTitle()))) {
                    break rows;
                }
            }
        }
        table.end();
        if (output.stopped()) {
            output.after(output.styles().warning("Stopped (Ctrl-C).") + " A list only reads: nothing was changed.");
        }
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
    int show(@Parameters(paramLabel = "AUTHOR", completionCandidates = CompletionCandidates.Authors.class,
            description = "The author's id or name.") String ref,
             @Mixin OutputOptions options) {
        Output.print(session, options, "author show", output -> {
            Author author = session.authors().show(ref);
            Views.parentWithChildren(output, Kind.AUTHOR, Kind.BOOK, author, List.of(
                    new Views.Field("created_at", author.getCreatedAt()),
                    new Views.Field("updated_at", author.getUpdatedAt())), author.getBooks());
        });
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "rename", description = "Give an author a new name (moves updated_at, keeps created_at).")
    int rename(@Parameters(index = "0", paramLabel = "AUTHOR",
            completionCandidates = CompletionCandidates.Authors.class,
                    description = "The author's id or name.") String ref,
               @Parameters(index = "1", paramLabel = "NAME", description = "The new name.") String name) {
        Author author = session.authors().rename(ref, name);
        session.console().println(session.console().styles().success("Renamed author " + author.getId() + " to "
                + author.getName() + " (updated_at " + Values.display(author.getUpdatedAt()) + ")"));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "delete", description = {"Delete an author and, by ON DELETE CASCADE, their books.",
            "fk_book_author is ON DELETE CASCADE: the books are deleted too, and fklab lists them."})
    int delete(@Parameters(paramLabel = "AUTHOR", completionCandidates = CompletionCandidates.Authors.class,
            description = "The author's id or name.") String ref,
               @Mixin DryRun dryRun) {
        return Views.deletion(session, Kind.AUTHOR, session.authors().delete(ref, dryRun.asked()));
    }
}
