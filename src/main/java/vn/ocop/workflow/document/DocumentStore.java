package vn.ocop.workflow.document;

import java.util.List;
import java.util.Optional;

/**
 * Where a product's documents are kept. Today a table of our own ({@link TableDocumentStore}); the dossier's
 * documents feature may take its place behind this interface.
 */
public interface DocumentStore {

  /** Stores {@code document} (in the caller's transaction) and returns its id. */
  long store(StoredDocument document);

  /** The product's documents without their content, oldest first. */
  List<StoredDocument> list(long productId);

  /** One document of the product with its content. */
  Optional<StoredDocument> get(long productId, long documentId);
}
