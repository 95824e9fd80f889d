package org.fklab.domain.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.book.Book;
import org.fklab.domain.book.Books;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    @Test
    void listWithBooksNestsEachAuthorsBooksAndGivesAnEmptyListToAuthorsWithout() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Le Guin");
            authors.add("Pratchett");
            authors.add("Banks");
            books.add("The Dispossessed", Optional.of("Le Guin"));
            books.add("Excession", Optional.of("Banks"));
            books.add("A Wizard of Earthsea", Optional.of("1"));

            // when
            List<Author> nested = authors.listWithBooks();

            // then
            assertThat(nested).extracting(Author::getId, Author::getName)
                    .containsExactly(tuple(1L, "Le Guin"), tuple(2L, "Pratchett"), tuple(3L, "Banks"));
            assertThat(nested.get(0).getBooks()).extracting(Book::getId, Book::getTitle)
                    .containsExactly(tuple(1L, "The Dispossessed"), tuple(3L, "A Wizard of Earthsea"));
            assertThat(nested.get(1).getBooks()).isEmpty();
            assertThat(nested.get(2).getBooks()).extracting(Book::getTitle).containsExactly("Excession");
            assertThat(nested.get(2).getBooks().get(0).getCreatedAt()).isNotNull();
        }
    }

    @Test
    void listWithBooksOfNoAuthorsIsEmpty() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThat(new Authors(sandbox).listWithBooks()).isEmpty();
        }
    }

    @Test
    void showReturnsTheAuthorWithTheirBooks() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            Books books = new Books(sandbox, authors);
            authors.add("Le Guin");
            authors.add("Banks");
            books.add("Excession", Optional.of("Banks"));
            books.add("Use of Weapons", Optional.of("Banks"));

            Author banks = authors.show("Banks");

            assertThat(banks.getId()).isEqualTo(2L);
            assertThat(banks.getBooks()).extracting(Book::getTitle).containsExactly("Excession", "Use of Weapons");
            assertThat(authors.show("1").getBooks()).isEmpty();
        }
    }

    @Test
    void createdAtAndUpdatedAtAreSetOnInsert() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            LocalDateTime before = LocalDateTime.now().minusSeconds(1);

            Author author = new Authors(sandbox).add("Le Guin");

            assertThat(author.getCreatedAt()).isNotNull().isAfter(before).isBefore(LocalDateTime.now().plusSeconds(1));
            assertThat(author.getUpdatedAt()).isEqualTo(author.getCreatedAt());
        }
    }

    @Test
    void renameMovesUpdatedAtAndKeepsCreatedAt() throws InterruptedException {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Authors authors = new Authors(sandbox);
            Author added = authors.add("Le Guin");
            Thread.sleep(20);

            // when
            Author renamed = authors.rename("1", "Ursula K. Le Guin");

            // then
            assertThat(renamed.getName()).isEqualTo("Ursula K. Le Guin");
            assertThat(renamed.getCreatedAt()).isEqualTo(added.getCreatedAt());
            assertThat(renamed.getUpdatedAt()).isAfter(added.getUpdatedAt());
            assertThat(authors.list()).extracting(Author::getCreatedAt).containsExactly(added.getCreatedAt());
        }
    }

    @Test
    void aNameOf256CharactersIsRefusedWithTheColumnsSize() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);

            assertThatThrownBy(() -> authors.add("a".repeat(256)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("256 characters")
                    .hasMessageContaining("an author name holds at most 255");

            assertThat(authors.list()).isEmpty();
        }
    }

    @Test
    void blankNameIsRefused() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThatThrownBy(() -> new Authors(sandbox).add(""))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("An author needs a name: author add NAME");
        }
    }
}
