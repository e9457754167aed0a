package vn.ocop.workflow.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * The supervisors' dashboard (issue 17) at provincial scale: our tables loaded with a province's
 * programme (products at every stage, their dossiers, certificates over five years with a lifecycle event
 * each), then each panel requested over HTTP as {@code giamsat}, as Cockpit asks it. The open tasks are
 * those {@link ProvincialLoad} put into the engine's tables.
 */
final class DashboardProbe {

  /** The panels, as Cockpit requests them. */
  static final List<String> PANELS = List.of("stages", "tasks", "certificates", "stars", "rounds",
      "products?stage=IDEA", "tasks-list?due=overdue");
  static final String[] STAGES = {"IDEA", "TRAINING_1", "BUSINESS_PLAN", "TRAINING_2", "IMPLEMENTATION", "EVALUATION",
      "TRADE_PROMOTION", "CERTIFIED", "NOT_CERTIFIED", "IDEA_CLOSED"};

  private final TestHttp http;

  DashboardProbe(int port) {
    this.http = new TestHttp(port);
  }

  /**
   * {@code products} products spread over the communes, each with a producer and a dossier; one in three
   * certified (issued over the last five years, a timeline event each).
   */
  static void loadProgramme(BenchDatabase database, List<String> communes, int products) {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TEMPORARY TABLE bench_commune (n INT PRIMARY KEY, code VARCHAR(16))");
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_commune VALUES (?, ?)")) {
        for (int i = 0; i < communes.size(); i++) {
          insert.setInt(1, i);
          insert.setString(2, communes.get(i));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      String stages = "ARRAY['" + String.join("','", STAGES) + "']";
      try (Statement s = connection.createStatement()) {
        s.execute("INSERT INTO ocop_producer (id, name, producer_type, representative_name, address, commune_code, created_at) "
            + "SELECT 900000000 + g, 'Chủ thể ' || g, 'HTX', 'Người đại diện', 'Thôn 1', c.code, now() "
            + "FROM generate_series(1, " + products + ") g JOIN bench_commune c ON c.n = g % " + communes.size());
        s.execute("INSERT INTO ocop_product (id, producer_id, name, product_set, commune_code, created_at, stage, stage_since) "
            + "SELECT 900000000 + g, 900000000 + g, 'Sản phẩm ' || g, 1 + g % 26, c.code, now() - interval '400 days', "
            + "(" + stages + ")[1 + g % " + STAGES.length + "], now() - (g % 300) * interval '1 day' "
            + "FROM generate_series(1, " + products + ") g JOIN bench_commune c ON c.n = g % " + communes.size());
        // nine in ten proposed by their commune up to 19 days after receipt; one in fifty of those sent on to the
        // Ministry for 5 stars a month later (the rounds of Art. 5)
        s.execute("INSERT INTO ocop_dossier (id, product_id, dossier_type, received_on, status, star_rank, created_at, "
            + "updated_at, proposed_on, ministry_proposed_on) "
            + "SELECT 900000000 + g, 900000000 + g, 'FIRST', current_date - (g % 700), 'AT_COMMUNE', "
            + "CASE WHEN g % 3 = 0 THEN 3 + g % 3 END, now(), now(), "
            + "CASE WHEN g % 10 <> 0 THEN current_date - (g % 700) + (g % 20) END, "
            + "CASE WHEN g % 50 = 1 THEN current_date - (g % 700) + 30 END FROM generate_series(1, " + products + ") g");
        s.execute("INSERT INTO ocop_certificate (id, certificate_number, product_id, dossier_id, stars, issued_on, valid_until, "
            + "issued_by_level, decision_number, status, created_at) "
            + "SELECT 900000000 + g, 'OCOP-B-' || g, 900000000 + g, 900000000 + g, 3 + g % 3, current_date - (g % 1800), "
            + "current_date - (g % 1800) + 1095, 'PROVINCE', '1/QĐ-UBND', "
            + "CASE WHEN g % 30 = 0 THEN 'REVOKED' ELSE 'VALID' END, now() "
            + "FROM generate_series(3, " + products + ", 3) g");
        s.execute("INSERT INTO ocop_product_timeline (product_id, occurred_at, kind, text, certificate_id) "
            + "SELECT product_id, now() - interval '1 day', 'ISSUED', 'Cấp giấy chứng nhận', id FROM ocop_certificate "
            + "WHERE id >= 900000000");
        s.execute("ANALYZE ocop_producer; ANALYZE ocop_product; ANALYZE ocop_dossier; ANALYZE ocop_certificate; "
            + "ANALYZE ocop_product_timeline; "
            // the task inbox was filled by one synchronisation after the engine's rows were loaded; in service,
            // autovacuum analyses a table after a tenth of it changed, long before a supervisor looks
            + "ANALYZE ocop_inbox_task; ANALYZE ocop_inbox_group");
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Removes the programme: a previous run's ({@code bench.reuse}) before the application starts, and this
   * run's once the panels are measured. A start-up would otherwise give each of those certificates a
   * lifecycle (and fire their past-due timers): the timers' second node and the packaged restarts start
   * after the panels.
   */
  static void clearProgramme(BenchDatabase database) {
    try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
      s.execute("DELETE FROM ocop_product_timeline WHERE product_id >= 900000000");
      s.execute("DELETE FROM ocop_certificate WHERE id >= 900000000");
      s.execute("DELETE FROM ocop_dossier WHERE id >= 900000000");
      s.execute("DELETE FROM ocop_product WHERE id >= 900000000");
      s.execute("DELETE FROM ocop_producer WHERE id >= 900000000");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One panel; fails unless the dashboard answers it. */
  void panel(String panel) {
    HttpResponse<String> response = http.get("/api/dashboard/views/" + panel, TasklistProbe.SUPERVISOR,
        TasklistProbe.SUPERVISOR_PASSWORD);
    if (response.statusCode() != 200 || !response.body().contains("\"tables\"")) {
      throw new IllegalStateException(panel + ": " + response.statusCode() + " " + response.body());
    }
  }

  /** Milliseconds of {@code samples} requests of one panel, after {@code warmup} untimed ones. */
  Samples latency(String panel, int warmup, int samples) {
    for (int i = 0; i < warmup; i++) {
      panel(panel);
    }
    Samples millis = new Samples();
    for (int i = 0; i < samples; i++) {
      millis.add(time(() -> {
        panel(panel);
        return null;
      }));
    }
    return millis;
  }

  private static double time(Supplier<?> call) {
    long started = System.nanoTime();
    call.get();
    return (System.nanoTime() - started) / 1e6;
  }
}
