package org.fklab.domain.deletion;

/** A row named by its key and, where the table has one, its name or title. */
public final class RowRef {

    private Object id;
    private String label;

    public RowRef() {
    }

    public RowRef(Object id, String label) {
        this.id = id;
        this.label = label;
    }

    public Object id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** {@code #3 Foo Fighters single poster} */
    @Override
    public String toString() {
        String key = id == null ? "" : "#" + id;
        return label == null ? key : (key.isEmpty() ? label : key + " " + label);
    }
}
