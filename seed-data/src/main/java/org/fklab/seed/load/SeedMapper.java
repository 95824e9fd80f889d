package org.fklab.seed.load;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Mapped statements of the loader. Table and column names come from the schema, never from a CSV. */
public interface SeedMapper {

    void insertRow(RowInsert row);

    /** Key and natural key ({@code id}, {@code name}) of every row of a parent table. */
    List<Map<String, Object>> findKeys(@Param("table") String table, @Param("key") String key,
                                       @Param("label") String label);

    /** The columns of a primary key or unique constraint, in order. */
    @Select("SELECT column_name FROM information_schema.key_column_usage WHERE table_schema = 'PUBLIC'"
            + " AND table_name = #{table} AND constraint_name = #{constraint} ORDER BY ordinal_position")
    List<String> findConstraintColumns(@Param("table") String table, @Param("constraint") String constraint);

    long countRows(@Param("table") String table);

    void deleteAll(@Param("table") String table);

    /** Every row of the table, in key order, one map per row (a null value leaves its column out). */
    void selectAll(@Param("table") String table, @Param("orderBy") String orderBy,
                   org.apache.ibatis.session.ResultHandler<java.util.Map<String, Object>> handler);

    Long findMaxId(@Param("table") String table, @Param("column") String column);

    void restartIdentity(@Param("table") String table, @Param("column") String column, @Param("next") long next);
}
