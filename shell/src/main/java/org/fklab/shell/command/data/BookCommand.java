package org.fklab.shell.command.data;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

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

/** The child side of author → books: a book cannot exist without its author. */
@Command(name = "book", aliases = "books", description = "Books, the child side of author → books.",
        footer = {"", "book.author_id is NOT NULL: every book needs an author, so book add needs --author."})
public final class BookCommand implements Callable<Integer> {

    private final ShellSession session;

    BookCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return list(null, false, false, new OutputOptions());
    }

    @Command(name = "list", description = "List the books with their author (one JOIN).")
    int list(@Option(names = "--author", paramLabel = "AUTHOR",
            completionCandidates = CompletionCandidates.Authors.class,
                    description = "Only this author's books (id or name).")
             String author,
             @Option(names = "--orphans", description = "Only books without an author (there are none: author_id is NOT NULL).")
             boolean orphans,
             @Option(names = "--lazy", description = {"Read each book's author with a query of its own (one more query",
                     "per row: the N+1 problem; compare with explain on)."})
             boolean lazy,
             @Mixin OutputOptions options) {
        String empty = orphans ? "No book is without an author: book.author_id is NOT NULL, so a book cannot exist"
                + " without one (compare 'listing list --orphans')."
                : author != null ? "That author has no books." : "No books yet. Add one: book add TITLE --author AUTHOR";
        Output.print(session, options, "book list", output -> Views.children(output, Kind.BOOK, Kind.AUTHOR,
                session.books().list(Optional.ofNullable(author), orphans, lazy), empty));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "add", description = "Add a book by an author (the author is required).")
    int add(@Parameters(paramLabel = "TITLE", description = "The book's title, in quotes if it has spaces.")
            String title,
            @Option(names = "--author", paramLabel = "AUTHOR",
                    completionCandidates = CompletionCandidates.Authors.class,
                            description = "The author who wrote it (id or name).")
            String author) {
        Book book = session.books().add(title, Optional.ofNullable(author));
        session.console().println(session.console().styles().success("Added book " + book.getId() + ": "
                + book.getTitle()) + " (author " + book.getAuthor().getId() + ": " + book.getAuthor().getName() + ")");
        return 0;
    }

    @Command(name = "show", description = "Show a book, its author (the forward side of book.author_id) and timestamps.")
    int show(@Parameters(paramLabel = "BOOK", completionCandidates = CompletionCandidates.Books.class,
            description = "The book's id.") String id,
             @Mixin OutputOptions options) {
        Output.print(session, options, "book show", output -> {
            Book book = session.books().show(id);
            Views.child(output, Kind.BOOK, Kind.AUTHOR, book, List.of(new Views.Field("created_at", book.getCreatedAt()),
                    new Views.Field("updated_at", book.getUpdatedAt())));
        });
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "set-author", description = "Give a book another author (moves updated_at).")
    int setAuthor(@Parameters(index = "0", paramLabel = "BOOK",
            completionCandidates = CompletionCandidates.Books.class, description = "The book's id.") String id,
                  @Parameters(index = "1", paramLabel = "AUTHOR",
                          completionCandidates = CompletionCandidates.Authors.class,
                                  description = "An author's id or name.")
                  String author) {
        Book book = session.books().setParent(id, ListingCommand.NONE.equals(author) ? Optional.empty()
                : Optional.of(author));
        session.console().println(session.console().styles().success("Book " + book.getId() + " now belongs to author "
                + book.getAuthor().getId() + ": " + book.getAuthor().getName() + " (author_id = "
                + book.getAuthor().getId() + ")."));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "rename", description = "Give a book a new title (moves updated_at, keeps created_at).")
    int rename(@Parameters(index = "0", paramLabel = "BOOK", completionCandidates = CompletionCandidates.Books.class,
            description = "The book's id.") String id,
               @Parameters(index = "1", paramLabel = "TITLE", description = "The new title.") String title) {
        Book book = session.books().rename(id, title);
        session.console().println(session.console().styles().success("Renamed book " + book.getId() + " to "
                + book.getTitle() + " (updated_at " + Values.display(book.getUpdatedAt()) + ")"));
        return 0;
    }

    @ChangesWorkspace
    @Command(name = "delete", description = "Delete a book (its author stays).")
    int delete(@Parameters(paramLabel = "BOOK", completionCandidates = CompletionCandidates.Books.class,
            description = "The book's id.") String id,
               @Mixin DryRun dryRun) {
        return Views.deletion(session, Kind.BOOK, session.books().delete(id, dryRun.asked()));
    }
}
