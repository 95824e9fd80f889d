package org.fklab.domain.deletion;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/**
 * Finds the rows of any table whose foreign key column holds a given value. Table and column names come
 * from the schema metadata, never from what a person typed.
 */
public interface ReferencingRowMapper {

    List<RowRef> findReferencing(@Param("table") String table, @Param("column") String column,
                                 @Param("key") String key, @Param("label") String label,
                                 @Param("value") Object value);

    /** How many of the rows whose {@code key} is one of {@code ids} are still there. */
    long countExisting(@Param("table") String table, @Param("key") String key, @Param("ids") List<Object> ids);

    Object findValue(@Param("table") String table, @Param("column") String column, @Param("key") String key,
                     @Param("id") Object id);
}
