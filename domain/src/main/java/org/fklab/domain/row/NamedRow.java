package org.fklab.domain.row;

/** A parent row that people name: a band, an author. */
public interface NamedRow {

    Long getId();

    String getName();

    void setName(String name);
}
