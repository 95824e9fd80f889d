package org.fklab.domain.author;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.fklab.domain.book.Book;
import org.fklab.domain.row.NamedRow;

/** An author; the parent side of author → books. created_at is set once, updated_at on every update. */
public class Author implements NamedRow {

    private Long id;
    private String name;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private List<Book> books = new ArrayList<>();

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The books whose author_id is this author's id. */
    public List<Book> getBooks() {
        return books;
    }

    @Override
    public String toString() {
        return name;
    }
}
