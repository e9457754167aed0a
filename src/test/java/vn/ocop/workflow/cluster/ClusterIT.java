package vn.ocop.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * Two nodes of the packaged application on one (embedded) PostgreSQL, started at the same instant on an
 * empty database, as a load balancer would see them: both become ready, timers run exactly once between
 * them, a task completed on both at once is done once (the other answer a 409 or, when it came after the
 * first had finished, a 404), and a webapp login on one node is used on the other, also after the first
 * one stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final String NODE_1 = "cluster-node-1";
  private static final String NODE_2 = "cluster-node-2";
  private static final int TIMERS = 40;
  private static final int RACES = 4;

  private static String url;
  private static NodeProcess node1;
  private static NodeProcess node2;

  @BeforeAll
  static void startTwoNodesTogether() {
    url = TestPostgres.createDatabase("ocop_cluster");
    Map<String, String> environment = NodeProcess.onPostgres(url, TestPostgres.user(), TestPostgres.password());
    node1 = NodeProcess.start(NODE_1, environment);
    node2 = NodeProcess.start(NODE_2, environment);
    CompletableFuture<NodeProcess> ready1 = CompletableFuture.supplyAsync(() -> node1.awaitReady(START_TIMEOUT));
    CompletableFuture<NodeProcess> ready2 = CompletableFuture.supplyAsync(() -> node2.awaitReady(START_TIMEOUT));
    CompletableFuture.allOf(ready1, ready2).join();
  }

  @AfterAll
  static void stopNodes() {
    if (node1 != null) {
      node1.close();
    }
    if (node2 != null) {
      node2.close();
    }
  }

  @Test
  @Order(1)
  void twoNodesStartedTogetherOnAnEmptyDatabaseBothSetUpOneAfterTheOther() throws SQLException {
    for (NodeProcess node : List.of(node1, node2)) {
      assertThat(node.alive()).isTrue();
      assertThat(NodeProcess.status(node.http(), "/actuator/health/readiness")).isEqualTo(200);
      assertThat(NodeProcess.status(node.http(), "/actuator/health/liveness")).isEqualTo(200);
      assertThat(node.logText()).contains("Set-up lock taken").contains("Set-up done").contains("[" + node.name() + "]")
          .doesNotContain("APPLICATION FAILED TO START").doesNotContain("duplicate key");
    }
    // the second node waited for the first one's set-up instead of inserting the same rows
    assertThat(node1.logText() + node2.logText()).contains("Another node is setting up the database; waiting for it");
    assertThat(count("SELECT COUNT(*) FROM act_id_group WHERE id_ = 'communeOfficers'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'xatamtien'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM (SELECT name_ FROM act_ru_filter WHERE owner_ IS NULL GROUP BY name_ "
        + "HAVING COUNT(*) > 1) duplicates")).isZero();
    assertThat(count("SELECT COUNT(*) FROM (SELECT group_id_, resource_type_, resource_id_ FROM act_ru_authorization "
        + "WHERE group_id_ IS NOT NULL GROUP BY group_id_, resource_type_, resource_id_, type_ HAVING COUNT(*) > 1) d"))
        .isZero();
  }

  @Test
  @Order(2)
  void timersDueWhileBothNodesRunAreExecutedExactlyOnce() throws Exception {
    byte[] model;
    try (InputStream in = ClusterIT.class.getResourceAsStream("/cluster/clusterTimer.bpmn")) {
      model = in.readAllBytes();
    }
    HttpResponse<String> deployed = node1.http().deploy("clusterTimer", "clusterTimer.bpmn", model, "admin", NodeProcess.PASSWORD);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    for (int i = 0; i < TIMERS; i++) {
      NodeProcess node = i % 2 == 0 ? node1 : node2;
      HttpResponse<String> started = node.http().post("/engine-rest/process-definition/key/clusterTimer/start", "{}",
          "admin", NodeProcess.PASSWORD);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'clusterTimer' AND end_time_ IS NOT NULL")
        < TIMERS && System.nanoTime() < deadline) {
      NodeProcess.sleep(500);
    }
    assertThat(count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'clusterTimer' AND end_time_ IS NOT NULL"))
        .isEqualTo(TIMERS);
    // job log: state 2 = successful, 1 = failed; one success per job, no failure (no optimistic-locking retries either)
    assertThat(count("SELECT COUNT(DISTINCT job_id_) FROM act_hi_job_log WHERE process_def_key_ = 'clusterTimer' "
        + "AND job_state_ = 2")).isEqualTo(TIMERS);
    assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE process_def_key_ = 'clusterTimer' AND job_state_ = 2"))
        .isEqualTo(TIMERS);
    assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE process_def_key_ = 'clusterTimer' AND job_state_ = 1"))
        .isZero();
    // each job's log names the node that ran it, by its own name
    Map<String, Long> byNode = countsBy("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE process_def_key_ = "
        + "'clusterTimer' AND job_state_ = 2 GROUP BY hostname_");
    System.out.println("Timers run per node: " + byNode);
    assertThat(byNode.keySet()).isSubsetOf(NODE_1, NODE_2);
  }

  @Test
  @Order(3)
  void theSameTaskCompletedOnBothNodesAtOnceIsDoneOnceAndTheOtherAnswerIsAConflict() throws Exception {
    List<Integer> losers = new ArrayList<>();
    for (int race = 0; race < RACES; race++) {
      String instance = new TasklistClient(node1.port()).start("productEvaluation", registration(race), "xatamtien");
      String task = new TasklistClient(node2.port()).onlyTask("xatamtien", "Task_CommuneReview", instance);
      String body = TasklistClient.submission(returnToProducer());
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (NodeProcess node : List.of(node1, node2)) {
        TestHttp http = node.http();
        answers.add(CompletableFuture.supplyAsync(() -> {
          await(together);
          return http.post("/engine-rest/task/" + task + "/submit-form", body, "xatamtien", NodeProcess.PASSWORD);
        }));
      }
      List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
      assertThat(statuses.get(0)).as("race %d: %s", race, statuses).isEqualTo(204);
      assertThat(statuses.get(1)).as("race %d: %s", race, statuses).isIn(404, 409);
      losers.add(statuses.get(1));
      answers.stream().map(CompletableFuture::join).filter(answer -> answer.statusCode() == 409)
          .forEach(conflict -> assertThat(conflict.body()).contains("vừa được người khác xử lý"));
      assertThat(count("SELECT COUNT(*) FROM ocop_product_timeline n JOIN ocop_dossier d ON d.id = n.dossier_id "
          + "WHERE n.kind = 'RETURN' AND d.process_instance_id = '" + instance + "'")).as("notes of race %d", race)
          .isEqualTo(1);
    }
    System.out.println("The loser of each race answered: " + losers);
  }

  @Test
  @Order(4)
  void aWebappLoginOnOneNodeIsUsedOnTheOtherAndSurvivesTheFirstNodeStopping() {
    CookieManager browser = new CookieManager();
    HttpResponse<String> login = node1.http(browser).webappLogin("tasklist", "xatamtien", NodeProcess.PASSWORD);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    TestHttp other = node2.http(browser);
    HttpResponse<String> who = other.get("/camunda/api/admin/auth/user/default");
    assertThat(who.statusCode()).isEqualTo(200);
    assertThat(who.body()).contains("\"userId\":\"xatamtien\"");
    assertThat(other.webappPost("/camunda/api/engine/engine/default/task/count", "{}").statusCode()).isEqualTo(200);

    node1.stop();
    assertThat(node1.alive()).isFalse();
    HttpResponse<String> afterStop = other.webappPost("/camunda/api/engine/engine/default/task/count", "{}");
    assertThat(afterStop.statusCode()).as(afterStop.body()).isEqualTo(200);
    assertThat(other.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"xatamtien\"");
  }

  @Test
  @Order(5)
  void prometheusMetricsAreTheAdministratorsWithTheEnginesAndOurFigures() {
    TestHttp http = node2.http();
    assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus", "xatamtien", NodeProcess.PASSWORD).statusCode()).isEqualTo(403);
    HttpResponse<String> metrics = http.get("/actuator/prometheus", "admin", NodeProcess.PASSWORD);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("ocop_engine_jobs{", "state=\"failed\"", "ocop_engine_incidents{",
        "type=\"failedJob\"", "ocop_engine_tasks{", "state=\"overdue\"", "ocop_engine_process_instances",
        "ocop_certificates_expiring{", "within=\"180d\"", "jvm_memory_used_bytes", "hikaricp_connections");
    // counted once a minute: the dossiers registered by the races above show up by status
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!metrics.body().contains("ocop_dossiers{status=") && System.nanoTime() < deadline) {
      NodeProcess.sleep(2_000);
      metrics = http.get("/actuator/prometheus", "admin", NodeProcess.PASSWORD);
    }
    assertThat(metrics.body()).contains("ocop_dossiers{status=", "ocop_products{stage=");
  }

  private static Map<String, Object> registration(int race) {
    return Map.ofEntries(Map.entry("dossierType", "FIRST"), Map.entry("producerName", "HTX Cụm máy " + race),
        Map.entry("producerType", "HTX"), Map.entry("representativeName", "Nguyễn Văn Bình"),
        Map.entry("producerAddress", "Xã Tam Tiến, huyện Yên Thế"), Map.entry("producerPhone", "0912345678"),
        Map.entry("productName", "Chả gà Yên Thế " + race), Map.entry("productSet", "8"), Map.entry("sampleCount", 5));
  }

  private static Map<String, Object> returnToProducer() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("dossierComplete", "false");
    values.put("returnReason", "Thiếu bản sao giấy chứng nhận đăng ký kinh doanh");
    return values;
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static Map<String, Long> countsBy(String sql) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        counts.put(result.getString(1), result.getLong(2));
      }
    }
    return counts;
  }
}
