package vn.ocop.workflow.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for integration tests: the server named by {@code OCOP_TEST_DB_URL} (with
 * {@code OCOP_TEST_DB_USER} and {@code OCOP_TEST_DB_PASSWORD}) or else an embedded one, started once
 * per JVM from the binaries that io.zonky.test ships as a Maven artifact (no Docker needed). Each test
 * class gets a database of its own on that server; an external server's user needs CREATEDB.
 */
public final class TestPostgres {

  private static String url;
  private static String user;
  private static String password;

  private TestPostgres() {
  }

  /**
   * Points the datasource of a {@code @SpringBootTest} at a fresh database of its own on the test
   * PostgreSQL, so that test classes with different profiles do not see each other's data.
   */
  public static void register(DynamicPropertyRegistry registry, String database) {
    String databaseUrl = createDatabase(database);
    registry.add("spring.datasource.url", () -> databaseUrl);
    registry.add("spring.datasource.username", TestPostgres::user);
    registry.add("spring.datasource.password", TestPostgres::password);
  }

  /** Creates (or empties) a database with this name and returns its JDBC URL. */
  public static synchronized String createDatabase(String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("Not a simple database name: " + database);
    }
    start();
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + database + " on " + url, e);
    }
    return withDatabase(url, database);
  }

  /** The same server URL with another database name. */
  static String withDatabase(String serverUrl, String database) {
    return serverUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
  }

  public static synchronized String user() {
    start();
    return user;
  }

  public static synchronized String password() {
    start();
    return password;
  }

  private static synchronized void start() {
    if (url != null) {
      return;
    }
    String external = System.getenv("OCOP_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      url = external;
      user = System.getenv().getOrDefault("OCOP_TEST_DB_USER", "ocop");
      password = System.getenv().getOrDefault("OCOP_TEST_DB_PASSWORD", "ocop");
      return;
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is ending; the data directory is temporary
        }
      }));
      url = postgres.getJdbcUrl("postgres", "postgres");
      user = "postgres";
      password = "postgres";
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
    }
  }
}
