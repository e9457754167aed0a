package vn.ocop.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * Nothing answered 2xx is lost when the application is killed (kill -9, no shutdown at all) while
 * officers register dossiers: on the embedded H2 default (WRITE_DELAY=0 in its URL) and on PostgreSQL.
 * Every registration the application confirmed must be in the reopened database, in the engine's history
 * and in our {@code ocop_dossier}.
 */
class KillNineIT {

  /** Confirmed registrations before the kill: the first ones warm the node up (seconds on a busy machine). */
  private static final int CONFIRMED_BEFORE_KILL = 20;
  private static final int CLIENTS = 3;

  @Test
  void registrationsAnsweredOnTheEmbeddedH2DatabaseSurviveAKillNine() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "kill9-h2-");
    Set<String> acknowledged = registerUntilKilled(NodeProcess.start("kill9-h2", NodeProcess.onH2(dataDir)));
    // reopening the file runs H2's recovery, as the next start of the application would
    String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ocop");
    assertAllStored(acknowledged, () -> DriverManager.getConnection(url, "sa", ""));
  }

  @Test
  void registrationsAnsweredOnPostgresqlSurviveAKillNine() throws Exception {
    String url = TestPostgres.createDatabase("ocop_kill9");
    Set<String> acknowledged = registerUntilKilled(NodeProcess.start("kill9-postgres",
        NodeProcess.onPostgres(url, TestPostgres.user(), TestPostgres.password())));
    assertAllStored(acknowledged, () -> DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password()));
  }

  /** Officers register dossiers from several clients; the node is killed while they do; returns the confirmed ones. */
  private static Set<String> registerUntilKilled(NodeProcess node) throws InterruptedException {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger unanswered = new AtomicInteger();
    Map<Integer, Integer> refused = new ConcurrentHashMap<>();
    try (node) {
      node.awaitReady(Duration.ofMinutes(4));
      // one registration alone first: it creates the commune's product-code counter, whose first use by two
      // registrations at once fails one of them (common.Sequences); not what this test is about
      HttpResponse<String> first = node.http().post("/engine-rest/process-definition/key/productEvaluation/submit-form",
          TasklistClient.submission(registration("first")), "xatamtien", NodeProcess.PASSWORD);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      acknowledged.add(TasklistClient.read(first.body()).path("id").asText());
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        Thread thread = new Thread(() -> {
          TestHttp http = node.http();
          for (int i = 0; !killed.get(); i++) {
            try {
              HttpResponse<String> answer = http.post("/engine-rest/process-definition/key/productEvaluation/submit-form",
                  TasklistClient.submission(registration(client + "-" + i)), "xatamtien", NodeProcess.PASSWORD);
              if (answer.statusCode() == 200) {
                acknowledged.add(TasklistClient.read(answer.body()).path("id").asText());
              } else {
                refused.merge(answer.statusCode(), 1, Integer::sum);
              }
            } catch (IllegalStateException connectionLost) {
              unanswered.incrementAndGet();
            }
          }
        });
        thread.start();
        clients.add(thread);
      }
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (acknowledged.size() < CONFIRMED_BEFORE_KILL && System.nanoTime() < deadline && refused.isEmpty()) {
        Thread.sleep(100);
      }
      // no new request from here on; those under way are cut by the kill
      killed.set(true);
      node.kill();
      for (Thread client : clients) {
        client.join(30_000);
      }
      assertThat(node.alive()).isFalse();
    }
    System.out.printf("%s: %d registrations answered 200 before the kill -9, %d in flight at the kill%n", node.name(),
        acknowledged.size(), unanswered.get());
    assertThat(refused).as("registrations refused (status: count)").isEmpty();
    assertThat(acknowledged).as("registrations answered before the kill").hasSizeGreaterThanOrEqualTo(CONFIRMED_BEFORE_KILL);
    return acknowledged;
  }

  private static void assertAllStored(Set<String> acknowledged, ConnectionSource database) throws SQLException {
    Set<String> inHistory = ConcurrentHashMap.newKeySet();
    Set<String> inDossiers = ConcurrentHashMap.newKeySet();
    try (Connection connection = database.open()) {
      collect(connection, "SELECT id_ FROM act_hi_procinst WHERE proc_def_key_ = 'productEvaluation'", inHistory);
      collect(connection, "SELECT process_instance_id FROM ocop_dossier", inDossiers);
    }
    System.out.printf("after reopening: %d of %d confirmed registrations in the engine's history, %d in ocop_dossier%n",
        acknowledged.stream().filter(inHistory::contains).count(), acknowledged.size(),
        acknowledged.stream().filter(inDossiers::contains).count());
    assertThat(inHistory).as("engine history after the kill -9").containsAll(acknowledged);
    assertThat(inDossiers).as("ocop_dossier after the kill -9").containsAll(acknowledged);
  }

  private static void collect(Connection connection, String sql, Set<String> into) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        into.add(result.getString(1));
      }
    }
  }

  private static Map<String, Object> registration(String key) {
    return Map.ofEntries(Map.entry("dossierType", "FIRST"), Map.entry("producerName", "HTX Bền vững " + key),
        Map.entry("producerType", "HTX"), Map.entry("representativeName", "Nguyễn Văn Bình"),
        Map.entry("producerAddress", "Xã Tam Tiến, huyện Yên Thế"), Map.entry("producerPhone", "0912345678"),
        Map.entry("productName", "Chả gà Yên Thế " + key), Map.entry("productSet", "8"), Map.entry("sampleCount", 5));
  }

  @FunctionalInterface
  private interface ConnectionSource {
    Connection open() throws SQLException;
  }
}
