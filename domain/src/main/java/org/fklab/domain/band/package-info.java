/**
 * The band table, the parent side of band → listings: {@link Band}, its mapper {@link BandMapper} (SQL in
 * BandMapper.xml at the same path under resources) and {@link Bands}, what the band commands do. What every named
 * parent does alike is in {@link org.fklab.domain.row}, so this package holds little more than the band's own SQL.
 */
package org.fklab.domain.band;
