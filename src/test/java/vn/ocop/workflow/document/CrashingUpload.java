package vn.ocop.workflow.document;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * A separate JVM for {@link DocumentCrashIT}: writes a document as {@link Documents#upload} does, with the
 * statements of DocumentMapper.xml in one transaction (bytes first, row after), says "WRITTEN" and waits to
 * be killed before its commit; with the argument "commit" it commits first.
 */
public final class CrashingUpload {

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
      connection.setAutoCommit(false);
      byte[] content = new byte[5 * 1024 * 1024];
      long contentId;
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO ocop_document_content (size_bytes, sha256, content) VALUES (?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        insert.setLong(1, content.length);
        insert.setString(2, DatabaseDocumentStore.sha256(content));
        insert.setBytes(3, content);
        insert.executeUpdate();
        var keys = insert.getGeneratedKeys();
        keys.next();
        contentId = keys.getLong(1);
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ocop_document (product_id, kind, "
          + "file_name, content_type, size_bytes, content_key, uploaded_by, uploaded_at) VALUES (1, 'OTHER', 'a.pdf', "
          + "'application/pdf', ?, ?, 'xatamtien', ?)")) {
        insert.setLong(1, content.length);
        insert.setString(2, "db:" + contentId);
        insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
        insert.executeUpdate();
      }
      if (args.length > 3 && args[3].equals("commit")) {
        connection.commit();
      }
      System.out.println("WRITTEN");
      System.out.flush();
      Thread.sleep(120_000);
      connection.commit();
    }
  }
}
