package org.fklab.domain.band;

import java.util.ArrayList;
import java.util.List;

import org.fklab.domain.listing.Listing;
import org.fklab.domain.row.NamedRow;

/** A band; the parent side of band → listings. */
public class Band implements NamedRow {

    private Long id;
    private String name;
    private List<Listing> listings = new ArrayList<>();

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

    /** The listings whose band_id is this band's id: the reverse side of the foreign key. */
    public List<Listing> getListings() {
        return listings;
    }

    /** How a band appears wherever a listing shows its band, as a web admin shows a model by its string form. */
    @Override
    public String toString() {
        return name;
    }
}
