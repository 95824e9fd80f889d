package org.fklab.domain.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.author.Authors;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class BooksTest {

    @Test
    void addStoresTheBookWithItsAuthor() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Le Guin");
            authors.add("Banks");

            Book book = books.add("Excession", Optional.of("Banks"));

            assertThat(book.getId()).isEqualTo(1L);
            assertThat(book.getTitle()).isEqualTo("Excession");
            assertThat(book.getAuthor().getId()).isEqualTo(2L);
            assertThat(book.getAuthor().getName()).isEqualTo("Banks");
            assertThat(book.getCreatedAt()).isNotNull();
            assertThat(book.getUpdatedAt()).isEqualTo(book.getCreatedAt());
        }
    }

    @Test
    void addWithoutAnAuthorIsRefusedBecauseAuthorIdIsNotNull() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Banks");

            assertThatThrownBy(() -> books.add("Excession", Optional.empty()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("A book cannot exist without its author")
                    .hasMessageContaining("book.author_id is NOT NULL")
                    .hasMessageContaining("book add \"Excession\" --author AUTHOR");

            assertThat(books.list(Optional.empty(), false)).isEmpty();
        }
    }

    @Test
    void addWithAnUnknownAuthorIsRefusedAndInsertsNothing() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Books books = new Books(sandbox, new Authors(sandbox));

            assertThatThrownBy(() -> books.add("Excession", Optional.of("Banks")))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("There is no author named 'Banks'");

            assertThat(books.list(Optional.empty(), false)).isEmpty();
        }
    }

    @Test
    void setParentToNoAuthorIsRefusedAndTheBookKeepsItsAuthor() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Banks");
            books.add("Excession", Optional.of("Banks"));

            assertThatThrownBy(() -> books.setParent("1", Optional.empty()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("NOT NULL")
                    .hasMessageContaining("book set-author ID AUTHOR");

            assertThat(books.show("1").getAuthor().getName()).isEqualTo("Banks");
        }
    }

    @Test
    void booksAreNeverOrphans() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Banks");
            books.add("Excession", Optional.of("Banks"));

            assertThat(books.list(Optional.empty(), true)).isEmpty();
            assertThat(books.list(Optional.of("Banks"), false)).extracting(Book::getTitle).containsExactly("Excession");
        }
    }

    @Test
    void renameMovesUpdatedAtAndKeepsCreatedAt() throws InterruptedException {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Banks");
            Book added = books.add("Excesion", Optional.of("Banks"));
            Thread.sleep(20);

            // when
            Book renamed = books.rename("1", "Excession");

            // then
            assertThat(renamed.getTitle()).isEqualTo("Excession");
            assertThat(renamed.getCreatedAt()).isEqualTo(added.getCreatedAt());
            assertThat(renamed.getUpdatedAt()).isAfter(added.getUpdatedAt());
        }
    }

    @Test
    void setParentMovesTheBookAndItsUpdatedAt() throws InterruptedException {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Banks");
            authors.add("Le Guin");
            Book added = books.add("The Dispossessed", Optional.of("Banks"));
            Thread.sleep(20);

            // when
            Book moved = books.setParent("1", Optional.of("Le Guin"));

            // then
            assertThat(moved.getAuthor().getId()).isEqualTo(2L);
            assertThat(moved.getCreatedAt()).isEqualTo(added.getCreatedAt());
            assertThat(moved.getUpdatedAt()).isAfter(added.getUpdatedAt());
            assertThat(authors.show("Banks").getBooks()).isEmpty();
            assertThat(authors.show("Le Guin").getBooks()).extracting(Book::getTitle)
                    .containsExactly("The Dispossessed");
        }
    }

    @Test
    void renamingTheAuthorDoesNotTouchTheirBooks() throws InterruptedException {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Banks");
            Book added = books.add("Excession", Optional.of("Banks"));
            Thread.sleep(20);

            authors.rename("Banks", "Iain M. Banks");

            Book after = books.show("1");
            assertThat(after.getAuthor().getName()).isEqualTo("Iain M. Banks");
            assertThat(after.getUpdatedAt()).isEqualTo(added.getUpdatedAt());
        }
    }

    @Test
    void aTitleOf256CharactersIsRefused() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Banks");

            assertThatThrownBy(() -> books.add("b".repeat(256), Optional.of("Banks")))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("a book title holds at most 255");

            List<Book> none = books.list(Optional.empty(), false);
            assertThat(none).isEmpty();
        }
    }
}
