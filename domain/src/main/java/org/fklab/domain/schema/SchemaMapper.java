package org.fklab.domain.schema;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/** Reads the live schema from HSQLDB's INFORMATION_SCHEMA; table and column names as stored. */
public interface SchemaMapper {

    List<String> findTableNames();

    List<ColumnInfo> findColumns(String table);

    List<String> findPrimaryKey(String table);

    List<ForeignKeyInfo> findForeignKeysFrom(String table);

    List<ForeignKeyInfo> findForeignKeysTo(String table);

    List<IndexInfo> findIndexes(String table);

    long countRows(@Param("table") String table);

    /** HSQLDB's script of the whole database's definition (its SCRIPT statement), one statement a row. */
    List<String> findScript();
}
