package org.fklab.domain.book;

import java.time.LocalDateTime;

import org.fklab.domain.author.Author;
import org.fklab.domain.row.ChildRow;

/** A book; the child side of author → books. It cannot exist without its author. */
public class Book implements ChildRow<Author> {

    private Long id;
    private String title;
    private Author author;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    /** The author whose id is in author_id. */
    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }

    @Override
    public Author parent() {
        return author;
    }

    @Override
    public void setParent(Author parent) {
        this.author = parent;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return title;
    }
}
