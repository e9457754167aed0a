package vn.ocop.workflow.letter;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Documents in {@code ocop_product_document}, in the database beside the product (backed up with it). */
@Component
class TableLetterStore implements LetterStore {

  private final LetterMapper mapper;

  TableLetterStore(LetterMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public long store(StoredLetter document) {
    document.sizeBytes = document.content.length;
    mapper.insert(document);
    return document.id;
  }

  @Override
  public List<StoredLetter> list(long productId) {
    return mapper.selectByProduct(productId);
  }

  @Override
  public Optional<StoredLetter> get(long productId, long documentId) {
    return Optional.ofNullable(mapper.selectWithContent(productId, documentId));
  }
}
