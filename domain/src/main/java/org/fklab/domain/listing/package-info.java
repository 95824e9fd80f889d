/**
 * The listing table, the child side of band → listings: {@link Listing}, its mapper {@link ListingMapper} (SQL in
 * ListingMapper.xml at the same path under resources) and {@link Listings}, what the listing commands do. A listing
 * may have no band (listing.band_id allows NULL), the one way it differs from a book; everything else a child row
 * does is in {@link org.fklab.domain.row}.
 */
package org.fklab.domain.listing;
