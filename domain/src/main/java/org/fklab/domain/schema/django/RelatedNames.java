package org.fklab.domain.schema.django;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fklab.domain.row.Kind;

/**
 * What a parent calls the rows that point at it (Django's related_name). fklab's tables use fklab's own word
 * (a band's listings, an author's books); any other table gets the same rule: the child table's name in the
 * plural. A child with two keys to the same parent adds the field (listings_as_support_band), as Django needs
 * the names to differ.
 */
final class RelatedNames {

    private static final List<Kind> FKLAB_TABLES = List.of(Kind.BAND, Kind.LISTING, Kind.AUTHOR, Kind.BOOK);

    private RelatedNames() {
    }

    /**
     * @param oneToOne     the key is unique: the parent has at most one such child, so the name is singular
     * @param sharesParent the child has another key to the same parent
     */
    static String of(String child, String field, String parent, boolean oneToOne, boolean sharesParent) {
        String base = PythonNames.fieldName((oneToOne ? child : plural(child)).toLowerCase(Locale.ROOT));
        boolean plain = !sharesParent || field.equals(PythonNames.fieldName(parent.toLowerCase(Locale.ROOT)));
        return plain ? base : base + "_as_" + field;
    }

    /**
     * The rule that made the relation's related_name, said for a comment beside it; none where the name is
     * simply fklab's own word (listings, books).
     */
    static Optional<String> rule(Relation relation) {
        String child = relation.key().childTable();
        String django = relation.djangosOwnRelatedName();
        if (relation.relatedName().endsWith("_as_" + relation.field())) {
            return Optional.of("the plural of " + child + " and the field, fklab's rule when two keys point at "
                    + relation.key().parentTable() + " (Django's own, " + django + ", would clash)");
        }
        if (!relation.oneToOne() && FKLAB_TABLES.stream().anyMatch(kind -> kind.singular().equals(child))) {
            return Optional.empty();
        }
        return Optional.of((relation.oneToOne() ? child + ", fklab's rule for a one-to-one" : "the plural of " + child
                + ", fklab's rule") + " (Django's own would be " + django + ")");
    }

    /** listing → listings; any other table by English's rule: tour → tours, category → categories, box → boxes. */
    static String plural(String table) {
        for (Kind kind : FKLAB_TABLES) {
            if (kind.singular().equals(table)) {
                return kind.plural();
            }
        }
        String lower = table.toLowerCase(Locale.ROOT);
        if (lower.matches(".*[^aeiou]y")) {
            return table.substring(0, table.length() - 1) + "ies";
        }
        return lower.matches(".*(s|x|z|ch|sh)") ? table + "es" : table + "s";
    }
}
