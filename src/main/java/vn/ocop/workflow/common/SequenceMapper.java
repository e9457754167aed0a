package vn.ocop.workflow.common;

import org.apache.ibatis.annotations.Mapper;

/** The table {@code ocop_sequence} of named counters. */
@Mapper
interface SequenceMapper {

  int increment(String name);

  int insertFirst(String name);

  long selectLastValue(String name);
}
