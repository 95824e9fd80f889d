package org.fklab.domain.listing;

import org.fklab.domain.row.ChildRowMapper;

/** Mapped statements on listing; SQL in ListingMapper.xml. findByParent takes a band id. */
public interface ListingMapper extends ChildRowMapper<Listing> {
}
