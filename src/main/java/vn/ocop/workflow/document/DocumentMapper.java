package vn.ocop.workflow.document;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code ocop_product_document}, and what the documents print (read only from the other features' tables). */
@Mapper
interface DocumentMapper {

  void insert(StoredDocument document);

  List<StoredDocument> selectByProduct(@Param("productId") long productId);

  StoredDocument selectWithContent(@Param("productId") long productId, @Param("id") long id);

  String selectCommuneOfProduct(@Param("productId") long productId);

  DocumentFacts.Product selectProduct(@Param("productId") long productId);

  DocumentFacts.Certificate selectCertificate(@Param("certificateId") long certificateId);

  List<DocumentFacts.Sheet> selectSheets(@Param("dossierId") long dossierId, @Param("level") String level,
      @Param("round") int round);

  DocumentFacts.Result selectResult(@Param("dossierId") long dossierId, @Param("level") String level,
      @Param("round") int round);

  Long selectProductOfDossier(@Param("dossierId") long dossierId);
}
