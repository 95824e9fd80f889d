package org.fklab.domain.band;

import org.fklab.domain.row.NamedRowMapper;

/** Mapped statements on band; SQL in BandMapper.xml. */
public interface BandMapper extends NamedRowMapper<Band> {

    /** The band with its listings, read with one LEFT JOIN. */
    Band findWithListings(long id);
}
