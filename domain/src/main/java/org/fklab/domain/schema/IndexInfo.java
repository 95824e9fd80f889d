package org.fklab.domain.schema;

import java.util.ArrayList;
import java.util.List;

/** An index and the columns it covers, in order. */
public final class IndexInfo {

    private String name;
    private boolean nonUnique;
    private List<String> columns = new ArrayList<>();

    public String name() {
        return Names.display(name);
    }

    public boolean unique() {
        return !nonUnique;
    }

    public List<String> columns() {
        return columns.stream().map(Names::display).toList();
    }

    /** HSQLDB makes its own index for each primary key, unique constraint and foreign key. */
    public boolean systemMade() {
        return name.startsWith("SYS_");
    }
}
