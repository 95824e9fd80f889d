package org.fklab.domain.schema.django;

import java.util.Locale;
import java.util.Optional;

import org.fklab.domain.schema.ForeignKeyInfo;

/**
 * One single-column foreign key as Django declares it: a field on the child model (band, for the column
 * band_id) and a related_name on the parent (listings).
 *
 * @param toField the parent's column, when it is not the parent's primary key
 */
record Relation(ForeignKeyInfo key, String field, boolean oneToOne, String relatedName, Optional<String> toField) {

    /** Django reads a key from the column field + _id; any other column has to be named. */
    Optional<String> dbColumn() {
        return (field + "_id").equals(key.childColumn()) ? Optional.empty() : Optional.of(key.childColumn());
    }

    /** What the field points at: the parent's class name, or "self" for a key to its own table. */
    String parentModel() {
        return key.parentTable().equals(key.childTable()) ? "self" : PythonNames.className(key.parentTable());
    }

    /** The reverse side's name had Django chosen it: listing_set, or listing for a one-to-one. */
    String djangosOwnRelatedName() {
        String model = PythonNames.className(key.childTable()).toLowerCase(Locale.ROOT);
        return oneToOne ? model : model + "_set";
    }
}
