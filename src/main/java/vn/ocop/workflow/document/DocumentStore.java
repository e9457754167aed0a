package vn.ocop.workflow.document;

/**
 * Where the bytes of documents live, behind a key. The application's one implementation keeps them in the
 * database ({@link DatabaseDocumentStore}); a folder or S3-compatible store fits behind the same two methods
 * (docs/documents.md). {@link #put} runs in the caller's transaction: a store outside the database must
 * write the bytes completely before it returns, so that the row that names the key is committed last.
 */
public interface DocumentStore {

  /** Stores {@code content} completely and returns the key to read it back. */
  String put(byte[] content);

  /** The bytes stored under {@code key}; {@code null} if there are none. */
  byte[] get(String key);
}
