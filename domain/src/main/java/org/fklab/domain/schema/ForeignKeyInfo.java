package org.fklab.domain.schema;

import org.fklab.engine.DeleteRule;

/** A single-column foreign key: child.column points at parent.parentColumn. */
public final class ForeignKeyInfo {

    private String name;
    private String childTable;
    private String childColumn;
    private String parentTable;
    private String parentColumn;
    private int deleteRuleCode;

    public String name() {
        return Names.display(name);
    }

    public String childTable() {
        return Names.display(childTable);
    }

    public String storedChildTable() {
        return childTable;
    }

    public String childColumn() {
        return Names.display(childColumn);
    }

    public String storedChildColumn() {
        return childColumn;
    }

    public String parentTable() {
        return Names.display(parentTable);
    }

    public String storedParentTable() {
        return parentTable;
    }

    public String parentColumn() {
        return Names.display(parentColumn);
    }

    public String storedParentColumnName() {
        return parentColumn;
    }

    public DeleteRule deleteRule() {
        return DeleteRule.fromJdbc(deleteRuleCode);
    }

    /** listing.band_id → band.id */
    @Override
    public String toString() {
        return childTable() + "." + childColumn() + " → " + parentTable() + "." + parentColumn();
    }
}
