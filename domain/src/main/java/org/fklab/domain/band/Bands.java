package org.fklab.domain.band;

import org.fklab.domain.DomainException;
import org.fklab.domain.row.Kind;
import org.fklab.domain.row.NamedRows;
import org.fklab.domain.sandbox.Sandbox;

/** The band commands' work. */
public final class Bands extends NamedRows<Band, BandMapper> {

    public Bands(Sandbox sandbox) {
        super(sandbox, Kind.BAND, BandMapper.class, Band::new);
    }

    /** The band with its listings (the reverse side of listing.band_id). */
    public Band show(String ref) {
        return sandbox.rolledBack(session -> {
            Band band = resolve(session, ref);
            Band withListings = mapper(session).findWithListings(band.getId());
            if (withListings == null) {
                throw new DomainException("Band " + band.getId() + " was deleted meanwhile. Run 'band list'.");
            }
            return withListings;
        });
    }
}
