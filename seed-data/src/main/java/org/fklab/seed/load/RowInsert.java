package org.fklab.seed.load;

import java.util.List;

import org.apache.ibatis.mapping.ParameterMapping;

/**
 * One row for {@code SeedMapper.insertRow}: the INSERT for its table (built once per table), the
 * parameter mappings for its placeholders, and this row's values.
 */
public record RowInsert(String sql, List<ParameterMapping> mappings, Object[] values) {
}
