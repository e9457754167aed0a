package vn.ocop.workflow.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Documents' bytes in {@code ocop_document_content} (PostgreSQL BYTEA, H2 VARBINARY), written in the
 * transaction that writes the document's row: the embedded default needs no set-up and a crash leaves
 * either both or neither.
 */
@Component
class DatabaseDocumentStore implements DocumentStore {

  private final DocumentMapper mapper;

  DatabaseDocumentStore(DocumentMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public String put(byte[] content) {
    DocumentMapper.ContentRow row = new DocumentMapper.ContentRow();
    row.sizeBytes = content.length;
    row.sha256 = sha256(content);
    row.content = content;
    mapper.insertContent(row);
    return "db:" + row.id;
  }

  @Override
  public byte[] get(String key) {
    if (key == null || !key.startsWith("db:")) {
      return null;
    }
    DocumentMapper.ContentRow row = mapper.selectContent(Long.parseLong(key.substring(3)));
    if (row == null) {
      return null;
    }
    if (row.content.length != row.sizeBytes || !sha256(row.content).equals(row.sha256)) {
      throw new IllegalStateException("Document content " + row.id + " does not match its size and SHA-256");
    }
    return row.content;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
