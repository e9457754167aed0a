package vn.ocop.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * How long the engine's history cleanup takes for a year of a province's history
 * ({@code ./mvnw -Pbench verify -Dit.test=HistoryCleanupRun -Dbench.cleanupInstances=N}, default 100,000
 * finished process instances with their activities, tasks, identity links, operation log, variables and
 * details, loaded with SQL as the benchmark's task-list history is), with the application's own cleanup
 * settings (batch size, degree of parallelism) and its job executor. Every row is made due (removal
 * time in the past), cleanup is started at once (outside the nightly window), and the clock runs until no
 * due row remains. Writes target/bench/cleanup.md. Result and method: docs/operations.md.
 */
class HistoryCleanupRun {

  static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_VARINST", "ACT_HI_DETAIL");

  @Test
  void historyCleanupOfAYearOfAProvince() throws Exception {
    long instances = Long.getLong("bench.cleanupInstances", 100_000);
    Path output = Path.of(System.getProperty("bench.output", "target/bench"));
    Files.createDirectories(output);
    BenchDatabase database = BenchDatabase.create("ocop_bench_cleanup");
    BenchUnits units = BenchUnits.write(output, 300);
    try (BenchApplication app = BenchApplication.start(database, units, "")) {
      ProvincialLoad load = new ProvincialLoad(database, app.bean(RepositoryService.class), units.communeCodes(),
          units.districtOfCommune());
      long loadStart = System.nanoTime();
      load.addFinishedInstances(instances);
      makeAllHistoryDue(database);
      load.vacuumAnalyze();
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      Map<String, Long> before = dueRows(database);
      long historyBytes = historyBytes(database);

      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) app
          .bean(ProcessEngineConfiguration.class);
      long start = System.nanoTime();
      app.bean(HistoryService.class).cleanUpHistoryAsync(true);
      Map<String, Long> left = before;
      while (left.values().stream().mapToLong(Long::longValue).sum() > 0) {
        Thread.sleep(1_000);
        left = dueRows(database);
        if ((System.nanoTime() - start) / 1e9 > 3_600) {
          throw new IllegalStateException("Cleanup not done after an hour: " + left);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long rows = before.values().stream().mapToLong(Long::longValue).sum();
      String report = """
          # History cleanup

          %,d finished process instances (%,d history rows: %s), all due; loaded in %.0f s.
          History tables with their indexes: %,.0f MB (%,.1f KB per instance).
          Cleanup: batch size %d, degree of parallelism %d, the application's job executor.

          **%.0f s** until no due row remained: %,.0f instances/s, %,.0f rows/s.
          PostgreSQL: %s
          """.formatted(before.get("ACT_HI_PROCINST"), rows, before, loadSeconds, historyBytes / 1e6,
          historyBytes / 1e3 / before.get("ACT_HI_PROCINST"),
          configuration.getHistoryCleanupBatchSize(), configuration.getHistoryCleanupDegreeOfParallelism(),
          seconds, before.get("ACT_HI_PROCINST") / seconds, rows / seconds, database.settings());
      Files.writeString(output.resolve("cleanup.md"), report, StandardCharsets.UTF_8);
      System.out.println(report);
      assertThat(left.values()).allMatch(count -> count == 0);
    }
  }

  /** Every loaded history row due for removal now: as if its model's time to live had passed. */
  private static void makeAllHistoryDue(BenchDatabase database) throws SQLException {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("update " + table + " set REMOVAL_TIME_ = localtimestamp - interval '1 day'");
      }
    }
  }

  /** The history tables' size on disk, indexes and TOAST included. */
  private static long historyBytes(BenchDatabase database) {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select sum(pg_total_relation_size(c.oid)) from pg_class c "
            + "where c.relkind = 'r' and c.relname like 'act_hi_%'")) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> dueRows(BenchDatabase database) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet result = statement.executeQuery("select count(*) from " + table
            + " where REMOVAL_TIME_ < localtimestamp")) {
          result.next();
          counts.put(table, result.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}
