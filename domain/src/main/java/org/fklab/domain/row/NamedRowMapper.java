package org.fklab.domain.row;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/** The mapped statements every named parent table has; each mapper's XML holds its own SQL. */
public interface NamedRowMapper<T extends NamedRow> {

    List<T> findAll();

    T findById(long id);

    List<T> findByName(String name);

    List<String> findNames();

    void insert(T row);

    int updateName(@Param("id") long id, @Param("name") String name);

    int deleteById(long id);
}
