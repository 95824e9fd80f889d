/**
 * What fklab knows about a database engine beneath JDBC, shared by every module above it: {@link
 * org.fklab.engine.DatabaseError} recognises a refusal by its SQLState and the engine's vendor code, so
 * that messages never depend on the wording of an engine's English.
 */
package org.fklab.engine;
