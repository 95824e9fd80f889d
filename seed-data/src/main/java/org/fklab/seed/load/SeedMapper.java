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

    /**
     * Up to {@code limit} distinct values of a foreign key's columns ({@code pairs}: child and parent column) that
     * no row of {@code parent} has; rows with an empty key column point at nothing and are left out.
     */
    List<Map<String, Object>> findUnmatchedKeys(@Param("table") String table, @Param("parent") String parent,
                                                @Param("pairs") List<Map<String, Object>> pairs,
                                                @Param("limit") int limit);

    long countRows(@Param("table") String table);

    void deleteAll(@Param("table") String table);

    /** Every row of the table, in key order, one map per row (a null value leaves its column out). */
    void selectAll(@Param("table") String table, @Param("orderBy") String orderBy,
                   org.apache.ibatis.session.ResultHandler<java.util.Map<String, Object>> handler);

    Long findMaxId(@Param("table") String table, @Param("column") String column);

    void restartIdentity(@Param("table") String table, @Param("column") String column, @Param("next") long next);
}
