package vn.ocop.workflow.letter;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code ocop_product_document}, and what the documents print (read only from the other features' tables). */
@Mapper
interface LetterMapper {

  void insert(StoredLetter document);

  List<StoredLetter> selectByProduct(@Param("productId") long productId);

  StoredLetter selectWithContent(@Param("productId") long productId, @Param("id") long id);

  String selectCommuneOfProduct(@Param("productId") long productId);

  LetterFacts.Product selectProduct(@Param("productId") long productId);

  LetterFacts.Certificate selectCertificate(@Param("certificateId") long certificateId);

  List<LetterFacts.Sheet> selectSheets(@Param("dossierId") long dossierId, @Param("level") String level,
      @Param("round") int round);

  LetterFacts.Result selectResult(@Param("dossierId") long dossierId, @Param("level") String level,
      @Param("round") int round);

  Long selectProductOfDossier(@Param("dossierId") long dossierId);
}
