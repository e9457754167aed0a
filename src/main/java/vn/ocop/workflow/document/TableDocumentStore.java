package vn.ocop.workflow.document;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Documents in {@code ocop_product_document}, in the database beside the product (backed up with it). */
@Component
class TableDocumentStore implements DocumentStore {

  private final DocumentMapper mapper;

  TableDocumentStore(DocumentMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public long store(StoredDocument document) {
    document.sizeBytes = document.content.length;
    mapper.insert(document);
    return document.id;
  }

  @Override
  public List<StoredDocument> list(long productId) {
    return mapper.selectByProduct(productId);
  }

  @Override
  public Optional<StoredDocument> get(long productId, long documentId) {
    return Optional.ofNullable(mapper.selectWithContent(productId, documentId));
  }
}
