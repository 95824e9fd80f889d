package org.fklab.domain.row;

/** A child row with a title that points at one parent: a listing (band), a book (author). */
public interface ChildRow<P extends NamedRow> {

    Long getId();

    String getTitle();

    void setTitle(String title);

    /** The parent, or null when the row has none. */
    P parent();

    void setParent(P parent);
}
