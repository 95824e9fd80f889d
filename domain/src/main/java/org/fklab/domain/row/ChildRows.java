package org.fklab.domain.row;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.DomainException;
import org.fklab.domain.deletion.DeletionReport;
import org.fklab.domain.deletion.RowRef;
import org.fklab.domain.sandbox.Sandbox;

/**
 * What a learner does with child rows (listings, books): each points at one parent, which may be optional
 * (a listing without a band) or required (a book without an author cannot exist).
 */
public class ChildRows<T extends ChildRow<P>, P extends NamedRow, M extends ChildRowMapper<T>> {

    protected final Sandbox sandbox;
    protected final Kind kind;
    private final Class<M> mapperType;
    private final Supplier<T> factory;
    private final NamedRows<P, ?> parents;
    private final boolean parentRequired;

    protected ChildRows(Sandbox sandbox, Kind kind, Class<M> mapperType, Supplier<T> factory, NamedRows<P, ?> parents,
                        boolean parentRequired) {
        this.sandbox = sandbox;
        this.kind = kind;
        this.mapperType = mapperType;
        this.factory = factory;
        this.parents = parents;
        this.parentRequired = parentRequired;
    }

    public Kind kind() {
        return kind;
    }

    public Kind parentKind() {
        return parents.kind();
    }

    protected M mapper(SqlSession session) {
        return session.getMapper(mapperType);
    }

    /** Every row with its parent (one JOIN); or the rows of one parent; or the rows with none. */
    public List<T> list(Optional<String> parentRef, boolean withoutParent) {
        return list(parentRef, withoutParent, false);
    }

    /** As {@link #list(Optional, boolean)}; {@code lazy} reads every row's parent with a query of its own. */
    public List<T> list(Optional<String> parentRef, boolean withoutParent, boolean lazy) {
        if (lazy && (parentRef.isPresent() || withoutParent)) {
            throw new DomainException("--lazy lists every " + kind.singular() + "; leave out --"
                    + parentKind().singular() + " and --orphans.");
        }
        if (lazy) {
            return sandbox.rolledBack(session -> mapper(session).findAllLazy());
        }
        if (parentRef.isPresent() && withoutParent) {
            throw new DomainException("Choose one: rows of one " + parentKind().singular() + " (--"
                    + parentKind().singular() + ") or rows without one (--orphans).");
        }
        return sandbox.rolledBack(session -> {
            if (withoutParent) {
                return mapper(session).findWithoutParent();
            }
            if (parentRef.isPresent()) {
                P parent = parents.resolve(session, parentRef.get());
                return mapper(session).findByParent(parent.getId());
            }
            return mapper(session).findAll();
        });
    }

    public T add(String title, Optional<String> parentRef) {
        TextValue.require(kind, title, kind.singular() + " add TITLE" + parentUsage());
        if (parentRequired && parentRef.isEmpty()) {
            throw missingParent(kind.singular() + " add \"" + title + "\" --" + parentKind().singular() + " "
                    + parentKind().singular().toUpperCase());
        }
        T row = factory.get();
        row.setTitle(title);
        try {
            return sandbox.inTransaction(session -> {
                parentRef.ifPresent(ref -> row.setParent(parents.resolve(session, ref)));
                TextValue.requireFits(session, kind, title);
                mapper(session).insert(row);
                Ids.requireCounted(kind, row.getId());
                return mapper(session).findById(row.getId());
            });
        } catch (PersistenceException e) {
            throw TextValue.explain(sandbox, kind, title, e);
        }
    }

    public T show(String ref) {
        return sandbox.rolledBack(session -> Lookup.child(mapper(session), kind, ref));
    }

    /** Points the row at another parent, or at none ({@code Optional.empty()}) where that is allowed. */
    public T setParent(String ref, Optional<String> parentRef) {
        if (parentRequired && parentRef.isEmpty()) {
            throw missingParent(kind.singular() + " set-" + parentKind().singular() + " ID "
                    + parentKind().singular().toUpperCase());
        }
        return sandbox.inTransaction(session -> {
            T row = Lookup.child(mapper(session), kind, ref);
            Long parentId = parentRef.map(p -> parents.resolve(session, p).getId()).orElse(null);
            mapper(session).updateParent(row.getId(), parentId);
            return mapper(session).findById(row.getId());
        });
    }

    public T rename(String ref, String title) {
        TextValue.require(kind, title, kind.singular() + " rename ID TITLE");
        try {
            return sandbox.inTransaction(session -> {
                T row = Lookup.child(mapper(session), kind, ref);
                TextValue.requireFits(session, kind, title);
                mapper(session).updateTitle(row.getId(), title);
                return mapper(session).findById(row.getId());
            });
        } catch (PersistenceException e) {
            throw TextValue.explain(sandbox, kind, title, e);
        }
    }

    public DeletionReport delete(String ref, boolean dryRun) {
        return Deletions.delete(sandbox, kind, dryRun, session -> {
            T row = Lookup.child(mapper(session), kind, ref);
            return new Deletions.Target(new RowRef(row.getId(), row.getTitle()),
                    () -> mapper(session).deleteById(row.getId()));
        });
    }

    private String parentUsage() {
        String option = " --" + parentKind().singular() + " " + parentKind().singular().toUpperCase();
        return parentRequired ? option : " [" + option.strip() + "]";
    }

    private DomainException missingParent(String example) {
        return new DomainException(kind.withArticleCapitalized() + " cannot exist without its "
                + parentKind().singular() + ": " + kind.singular() + "." + parentKind().singular()
                + "_id is NOT NULL. Name the " + parentKind().singular() + ", e.g. " + example + ".");
    }
}
