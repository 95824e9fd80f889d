package org.fklab.domain.row;

import java.util.List;
import java.util.function.Supplier;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.deletion.DeletionReport;
import org.fklab.domain.deletion.RowRef;
import org.fklab.domain.sandbox.Sandbox;

/**
 * What a learner does with named parent rows (bands, authors): list, add, rename, delete, each a mapped
 * statement in its own transaction.
 */
public class NamedRows<T extends NamedRow, M extends NamedRowMapper<T>> {

    protected final Sandbox sandbox;
    protected final Kind kind;
    private final Class<M> mapperType;
    private final Supplier<T> factory;

    protected NamedRows(Sandbox sandbox, Kind kind, Class<M> mapperType, Supplier<T> factory) {
        this.sandbox = sandbox;
        this.kind = kind;
        this.mapperType = mapperType;
        this.factory = factory;
    }

    public Kind kind() {
        return kind;
    }

    protected M mapper(SqlSession session) {
        return session.getMapper(mapperType);
    }

    public List<T> list() {
        return sandbox.rolledBack(session -> mapper(session).findAll());
    }

    /** Names for completion, in alphabetical order. */
    public List<String> names() {
        return sandbox.rolledBack(session -> mapper(session).findNames());
    }

    public T add(String name) {
        TextValue.require(kind, name, kind.singular() + " add NAME");
        T row = factory.get();
        row.setName(name);
        try {
            return sandbox.inTransaction(session -> {
                TextValue.requireFits(session, kind, name);
                mapper(session).insert(row);
                Ids.requireCounted(kind, row.getId());
                return mapper(session).findById(row.getId());
            });
        } catch (PersistenceException e) {
            throw TextValue.explain(sandbox, kind, name, e);
        }
    }

    public T rename(String ref, String name) {
        TextValue.require(kind, name, kind.singular() + " rename ID NAME");
        try {
            return sandbox.inTransaction(session -> {
                T row = resolve(session, ref);
                TextValue.requireFits(session, kind, name);
                mapper(session).updateName(row.getId(), name);
                return mapper(session).findById(row.getId());
            });
        } catch (PersistenceException e) {
            throw TextValue.explain(sandbox, kind, name, e);
        }
    }

    /**
     * Deletes the row (unless {@code dryRun}) and reports what its foreign keys did to the rows pointing
     * at it. A delete that a RESTRICT or NO ACTION key refuses changes nothing and reports why.
     */
    public DeletionReport delete(String ref, boolean dryRun) {
        return Deletions.delete(sandbox, kind, dryRun, session -> {
            T row = resolve(session, ref);
            return new Deletions.Target(new RowRef(row.getId(), row.getName()),
                    () -> mapper(session).deleteById(row.getId()));
        });
    }

    /** The row named by id or name, inside a running transaction. */
    public T resolve(SqlSession session, String ref) {
        return Lookup.parent(mapper(session), kind, ref);
    }
}
