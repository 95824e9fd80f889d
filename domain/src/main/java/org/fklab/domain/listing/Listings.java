package org.fklab.domain.listing;

import org.fklab.domain.band.Band;
import org.fklab.domain.band.Bands;
import org.fklab.domain.row.ChildRows;
import org.fklab.domain.row.Kind;
import org.fklab.domain.sandbox.Sandbox;

/** The listing commands' work. A listing may have no band (listing.band_id allows NULL). */
public final class Listings extends ChildRows<Listing, Band, ListingMapper> {

    public Listings(Sandbox sandbox, Bands bands) {
        super(sandbox, Kind.LISTING, ListingMapper.class, Listing::new, bands, false);
    }
}
