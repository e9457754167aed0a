package vn.ocop.workflow.document;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Documents and their bytes: the only writer of {@code ocop_document} and {@code ocop_document_content}. */
@Mapper
interface DocumentMapper {

  void insertContent(ContentRow content);

  ContentRow selectContent(long id);

  void insertDocument(DocumentRow document);

  List<DocumentRow> selectDocuments(long productId);

  DocumentRow selectDocument(@Param("productId") long productId, @Param("documentId") long documentId);

  /** The kinds of document a product has, each once. */
  List<String> selectKinds(long productId);

  /** The type of the product's latest dossier, or {@code null} if it has none yet. */
  String selectLatestDossierType(long productId);

  /** Whether {@code memberId} has a score sheet on a dossier of the product (the council scores it). */
  boolean isScoringMember(@Param("productId") long productId, @Param("memberId") String memberId);

  /** The product's dossiers, newest first: type, status, score and stars (read only; dossier/ writes them). */
  List<DossierSummary> selectDossiers(long productId);

  /** The product's certificates, newest first (read only; certificate/ writes them). */
  List<CertificateSummary> selectCertificates(long productId);

  /** Products of the given communes ({@code null}: every product), with their stage, newest first. */
  List<ProductSummary> selectProducts(@Param("communeCodes") List<String> communeCodes, @Param("limit") int limit);

  /** Products with a score sheet of {@code memberId}. */
  List<ProductSummary> selectScoredProducts(@Param("memberId") String memberId, @Param("limit") int limit);

  record DossierSummary(String dossierType, String status, java.time.LocalDate receivedOn,
      java.math.BigDecimal averageScore, Integer starRank) {
  }

  record CertificateSummary(String certificateNumber, int stars, java.time.LocalDate issuedOn,
      java.time.LocalDate validUntil, String decisionNumber, String status) {
  }

  record ProductSummary(long id, String name, String productCode, String communeCode, String stage,
      String producerName) {
  }

  /** The bytes of a document, for {@link DatabaseDocumentStore}. */
  class ContentRow {
    public Long id;
    public long sizeBytes;
    public String sha256;
    public byte[] content;
  }
}
