package org.fklab.domain.listing;

import org.fklab.domain.band.Band;
import org.fklab.domain.row.ChildRow;

/** A merchandise listing; the child side of band → listings. Its band may be missing. */
public class Listing implements ChildRow<Band> {

    private Long id;
    private String title;
    private Band band;

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

    /** The band whose id is in band_id (the forward side), or null. */
    public Band getBand() {
        return band;
    }

    public void setBand(Band band) {
        this.band = band;
    }

    @Override
    public Band parent() {
        return band;
    }

    @Override
    public void setParent(Band parent) {
        this.band = parent;
    }

    @Override
    public String toString() {
        return title;
    }
}
