package vn.ocop.workflow.unit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The table {@code ocop_administrative_unit}. */
@Mapper
public interface AdministrativeUnitMapper {

  List<AdministrativeUnit> selectAll();

  AdministrativeUnit selectByCode(String code);

  int insert(AdministrativeUnit unit);

  int update(AdministrativeUnit unit);
}
