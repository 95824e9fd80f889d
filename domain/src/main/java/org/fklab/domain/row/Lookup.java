package org.fklab.domain.row;

import java.util.List;
import java.util.stream.Collectors;

import org.fklab.domain.DomainException;

/** Finds the row a person meant by an id or a name, or says precisely why there is none. */
public final class Lookup {

    private Lookup() {
    }

    /** A row named by its id ({@code 3}) or, for parents, its exact name ({@code "De La Soul"}). */
    public static <T extends NamedRow> T parent(NamedRowMapper<T> mapper, Kind kind, String ref) {
        String trimmed = ref.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("Name the " + kind.singular() + " by its id or its name. '" + kind.singular()
                    + " list' shows them.");
        }
        if (isId(trimmed)) {
            T byId = mapper.findById(Long.parseLong(trimmed));
            if (byId != null) {
                return byId;
            }
        }
        List<T> byName = mapper.findByName(ref);
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            String ids = byName.stream().map(r -> String.valueOf(r.getId())).collect(Collectors.joining(", "));
            throw new DomainException(byName.size() + " " + kind.plural() + " are named '" + ref + "' (ids " + ids
                    + "). Name the one you mean by its id, e.g. " + byName.get(0).getId() + ".");
        }
        if (isId(trimmed)) {
            throw new DomainException("There is no " + kind.singular() + " with id " + trimmed + ". '" + kind.singular()
                    + " list' shows the ids there are.");
        }
        throw new DomainException("There is no " + kind.singular() + " named '" + ref + "'. Names must match exactly,"
                + " capitals included; '" + kind.singular() + " list' shows them.");
    }

    /** A child row named by its id. */
    public static <T extends ChildRow<?>> T child(ChildRowMapper<T> mapper, Kind kind, String ref) {
        long id = id(kind, ref);
        T row = mapper.findById(id);
        if (row == null) {
            throw new DomainException("There is no " + kind.singular() + " with id " + id + ". '" + kind.singular()
                    + " list' shows the ids there are.");
        }
        return row;
    }

    /** Parses an id, or says that ids are whole numbers. */
    public static long id(Kind kind, String ref) {
        String trimmed = ref.strip();
        if (!isId(trimmed)) {
            throw new DomainException("'" + ref + "' is not " + kind.withArticle() + " id: " + kind.plural()
                    + " are named by their id, a whole number such as 1. '" + kind.singular()
                    + " list' shows the ids.");
        }
        return Long.parseLong(trimmed);
    }

    private static boolean isId(String text) {
        return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
