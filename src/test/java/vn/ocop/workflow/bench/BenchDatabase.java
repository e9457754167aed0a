package vn.ocop.workflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * The benchmark's own database on the test PostgreSQL (embedded, as in the tests, or the server named by
 * {@code OCOP_TEST_DB_URL}), created empty for each run.
 */
record BenchDatabase(String url, String user, String password) {

  static BenchDatabase create(String name) {
    String url = TestPostgres.createDatabase(name);
    return new BenchDatabase(url, TestPostgres.user(), TestPostgres.password());
  }

  /**
   * The database with this name as a previous run left it ({@code bench.reuse}), created if missing. Only on
   * the server named by {@code OCOP_TEST_DB_URL}: an embedded server's data ends with its JVM.
   */
  static BenchDatabase reuse(String name) {
    String server = System.getenv("OCOP_TEST_DB_URL");
    if (server == null || server.isBlank()) {
      throw new IllegalStateException("bench.reuse=true needs a PostgreSQL of yours in OCOP_TEST_DB_URL");
    }
    BenchDatabase admin = new BenchDatabase(server, TestPostgres.user(), TestPostgres.password());
    try (Connection connection = admin.connect();
        java.sql.PreparedStatement statement = connection.prepareStatement(
            "select count(*) from pg_database where datname = ?")) {
      statement.setString(1, name);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return create(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String url = server.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    return new BenchDatabase(url, TestPostgres.user(), TestPostgres.password());
  }

  Connection connect() {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot connect to " + url, e);
    }
  }

  /** The server's version and the settings that matter for these numbers. */
  Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("select version()")) {
        rs.next();
        settings.put("version", rs.getString(1));
      }
      try (ResultSet rs = statement.executeQuery("select name, setting, unit from pg_settings where name in "
          + "('shared_buffers', 'work_mem', 'effective_cache_size', 'synchronous_commit', 'fsync', 'max_connections', "
          + "'random_page_cost', 'jit') order by name")) {
        while (rs.next()) {
          settings.put(rs.getString(1), rs.getString(2) + (rs.getString(3) == null ? "" : " × " + rs.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return settings;
  }
}
