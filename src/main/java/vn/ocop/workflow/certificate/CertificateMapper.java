package vn.ocop.workflow.certificate;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The table {@code ocop_certificate}. */
@Mapper
public interface CertificateMapper {

  void insert(CertificateRow certificate);

  List<CertificateRow> selectByProduct(long productId);

  CertificateRow selectByNumber(String certificateNumber);

  int updateStatus(@Param("id") long id, @Param("status") String status);
}
