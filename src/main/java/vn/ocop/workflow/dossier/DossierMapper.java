package vn.ocop.workflow.dossier;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Producers, products, dossiers and their notes ({@code ocop_producer}, {@code ocop_product}, …). */
@Mapper
public interface DossierMapper {

  void insertProducer(ProducerRow producer);

  void insertProduct(ProductRow product);

  void insertDossier(DossierRow dossier);

  ProductRow selectProductByCode(String productCode);

  ProductRow selectProductById(long id);

  DossierRow selectDossierById(long id);

  int updateProductCode(@Param("productId") long productId, @Param("productCode") String productCode);

  int updateDossierStatus(@Param("dossierId") long dossierId, @Param("status") String status);

  int updateDossierRegime(@Param("dossierId") long dossierId, @Param("regime") String regime);

  int updateDossierOutcome(@Param("dossierId") long dossierId, @Param("status") String status,
      @Param("averageScore") BigDecimal averageScore, @Param("starRank") Integer starRank);

  void insertNote(DossierNote note);

  List<DossierNote> selectNotes(long dossierId);
}
