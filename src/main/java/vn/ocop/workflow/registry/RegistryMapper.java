package vn.ocop.workflow.registry;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read-only queries of the certificate registry and of products by stage. */
@Mapper
public interface RegistryMapper {

  /** The product's latest certificate. */
  CertificateEntry selectCurrentByProductCode(@Param("productCode") String productCode, @Param("today") LocalDate today);

  List<CertificateEntry> selectCertificates(RegistryQuery query);

  long countCertificates(RegistryQuery query);

  List<ProductStageEntry> selectProductsByStage(@Param("stage") String stage,
      @Param("communeCodes") List<String> communeCodes, @Param("limit") int limit, @Param("offset") int offset);
}
