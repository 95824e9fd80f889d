package org.fklab.domain.sandbox;

import org.fklab.engine.Engine;

/** The engine a sandbox's database runs on, as its JDBC driver reports it, and the version it reports. */
public record EngineVersion(Engine engine, String version) {

    /** {@code HSQLDB 2.7.4} */
    @Override
    public String toString() {
        return engine.displayName() + " " + version;
    }
}
