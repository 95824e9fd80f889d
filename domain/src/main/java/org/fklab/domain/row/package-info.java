/**
 * What bands, listings, authors and books have in common, written once so the four tables behave alike:
 * {@link NamedRows} for parents a person names, {@link ChildRows} for children that point at one parent, each over
 * its mapper ({@link NamedRowMapper}, {@link ChildRowMapper}), and {@link Kind} for what a kind of row is called and
 * where it lives. {@link Lookup} finds the row a person meant by id or name, or says why there is none. A delete goes
 * through {@link org.fklab.domain.deletion} first, so that it can say what its foreign keys did.
 */
package org.fklab.domain.row;
