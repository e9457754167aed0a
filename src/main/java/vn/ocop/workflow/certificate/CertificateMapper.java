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

  CertificateRow selectById(long id);

  int updateStatus(@Param("id") long id, @Param("status") String status);

  /** Art. 12.3 QĐ 26/2026/QĐ-TTg: valid until the re-evaluation's result, at most to {@code extendedUntil}. */
  int extend(@Param("id") long id, @Param("extendedUntil") java.time.LocalDate extendedUntil);

  /** Ends a certificate: EXPIRED, SUPERSEDED, or REVOKED with its ground and decision. */
  int end(@Param("id") long id, @Param("status") String status, @Param("endedOn") java.time.LocalDate endedOn,
      @Param("revocationGround") String revocationGround, @Param("revocationDecision") String revocationDecision);

  /** Product, producer and commune of a certificate, for its lifecycle's forms. */
  LifecycleContext selectLifecycleContext(long certificateId);

  /** The valid certificate of a product code, or {@code null}. */
  LifecycleContext selectValidByProductCode(String productCode);

  /** Ids and numbers of all VALID certificates. */
  List<CertificateRow> selectValid();

  void insertOpinion(WrittenOpinion opinion);

  List<WrittenOpinion> selectOpinions(long dossierId);
}
