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

  /** The bytes of a document, for {@link DatabaseDocumentStore}. */
  class ContentRow {
    public Long id;
    public long sizeBytes;
    public String sha256;
    public byte[] content;
  }
}
