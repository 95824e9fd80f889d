package org.fklab.domain.book;

import org.fklab.domain.row.ChildRowMapper;

/** Mapped statements on book; SQL in BookMapper.xml. findByParent takes an author id. */
public interface BookMapper extends ChildRowMapper<Book> {
}
