package vn.ocop.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * A kill -9 during an upload leaves no half document: a separate JVM writes the bytes and the row of a
 * document in one transaction on PostgreSQL and is killed (SIGKILL) before it commits; nothing of it remains,
 * and PostgreSQL has ended its transaction. The control: one killed after its commit keeps both.
 */
class DocumentCrashIT {

  static String url;

  @BeforeAll
  static void theDocumentTables() throws Exception {
    url = TestPostgres.createDatabase("ocop_document_crash");
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE ocop_product (id BIGINT PRIMARY KEY)");
      statement.execute("INSERT INTO ocop_product VALUES (1)");
      for (String sql : Files.readString(Path.of("src/main/resources/db/migration/V13__dossier_documents.sql"))
          .replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  static Connection connect() throws Exception {
    return DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
  }

  static long count(String table) throws Exception {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static long openTransactions() throws Exception {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
            + "'ocop_document_crash' AND state LIKE 'idle in transaction%'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Starts {@link CrashingUpload}, waits for "WRITTEN", kills it with SIGKILL. */
  static void uploadKilled(String... extra) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        CrashingUpload.class.getName(), url, TestPostgres.user(), TestPostgres.password()));
    command.addAll(List.of(extra));
    Process upload = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader output = new BufferedReader(new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = output.readLine()) != null && !line.equals("WRITTEN")) {
      seen.append(line).append('\n');
    }
    assertThat(line).as("the upload reached its last moment before the commit: " + seen).isEqualTo("WRITTEN");
    if (extra.length == 0) {
      assertThat(openTransactions()).as("the upload's transaction is open").isEqualTo(1);
    }
    upload.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by the JVM
    assertThat(upload.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(upload.exitValue()).isEqualTo(137);
  }

  @Test
  void aKilledUploadLeavesNeitherBytesNorRow() throws Exception {
    long documents = count("ocop_document");
    long contents = count("ocop_document_content");
    uploadKilled();
    for (int i = 0; i < 50 && openTransactions() > 0; i++) {
      Thread.sleep(100);
    }
    assertThat(openTransactions()).as("PostgreSQL ended the killed upload's transaction").isZero();
    assertThat(count("ocop_document")).isEqualTo(documents);
    assertThat(count("ocop_document_content")).isEqualTo(contents);
  }

  @Test
  void anUploadKilledAfterItsCommitKeepsBoth() throws Exception {
    long documents = count("ocop_document");
    long contents = count("ocop_document_content");
    uploadKilled("commit");
    assertThat(count("ocop_document")).isEqualTo(documents + 1);
    assertThat(count("ocop_document_content")).isEqualTo(contents + 1);
  }
}
