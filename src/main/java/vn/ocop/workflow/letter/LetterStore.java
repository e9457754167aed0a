package vn.ocop.workflow.letter;

import java.util.List;
import java.util.Optional;

/**
 * Where a product's documents are kept. Today a table of our own ({@link TableLetterStore}); the dossier's
 * documents feature may take its place behind this interface.
 */
public interface LetterStore {

  /** Stores {@code document} (in the caller's transaction) and returns its id. */
  long store(StoredLetter document);

  /** The product's documents without their content, oldest first. */
  List<StoredLetter> list(long productId);

  /** One document of the product with its content. */
  Optional<StoredLetter> get(long productId, long documentId);
}
