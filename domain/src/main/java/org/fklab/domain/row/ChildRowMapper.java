package org.fklab.domain.row;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/** The mapped statements every child table has; the parent comes back as an association. */
public interface ChildRowMapper<T extends ChildRow<?>> {

    List<T> findAll();

    /** Every row, its parent read by a query of its own per row: the N+1 problem, on purpose. */
    List<T> findAllLazy();

    T findById(long id);

    List<T> findByParent(long parentId);

    List<T> findWithoutParent();

    void insert(T row);

    int updateTitle(@Param("id") long id, @Param("title") String title);

    int updateParent(@Param("id") long id, @Param("parentId") Long parentId);

    int deleteById(long id);
}
