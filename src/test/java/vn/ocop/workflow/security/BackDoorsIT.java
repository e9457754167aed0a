package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testsupport.InboxTally;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * The engine's back doors, tried as an attacker with each role's login on PostgreSQL: every case answers
 * 4xx and changes nothing — our tables, the engine's runtime and history rows, job retries, user names.
 */
@SharedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackDoorsIT {

  static final String OFFICER = "xatamtien";
  static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  String processInstance;
  String task;
  String job;


  @BeforeAll
  void aDossierAtTheCommuneReviewAndATimer() {
    processInstance = engine.getRuntimeService()
        .startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07201").build()).getId();
    task = engine.getTaskService().createTaskQuery().processInstanceId(processInstance).singleResult().getId();
    engine.getRepositoryService().createDeployment().addModelInstance("backDoorTimer.bpmn",
        Bpmn.createExecutableProcess("backDoorTimer").camundaHistoryTimeToLive(1).startEvent()
            .intermediateCatchEvent().timerWithDuration("PT1H").endEvent().done()).deploy();
    String timerInstance = engine.getRuntimeService().startProcessInstanceByKey("backDoorTimer").getId();
    job = engine.getManagementService().createJobQuery().processInstanceId(timerInstance).singleResult().getId();
  }

  @AfterEach
  void engineClockBack() {
    ClockUtil.reset();
  }

  /** What must not change: row counts of our tables and the engine's runtime and history, job retries, names. */
  Map<String, Object> snapshot() {
    Map<String, Object> state = new TreeMap<>();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = current_schema() AND (table_name LIKE 'ocop\\_%' OR table_name LIKE 'act\\_ru\\_%' "
        + "OR table_name LIKE 'act\\_hi\\_%') AND table_name <> 'ocop_schema_history'", String.class)) {
      state.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    state.put(InboxTally.TABLE, InboxTally.byGroup(jdbc)); // each group's tasks, not its rows (folded meanwhile)
    // written by the engine on its own, not by a user's call: its metrics, flushed on a schedule (and when an
    // engine on this database closes), and the log of jobs the shared context's job executor runs meanwhile
    // (a refused call that ran a job would still show in the jobs' count and retries below)
    state.remove("act_ru_meter_log");
    state.remove("act_hi_job_log");
    state.put("job retries", jdbc.queryForList("SELECT id_, retries_ FROM act_ru_job ORDER BY id_").toString());
    state.put("variables", new TreeMap<>(engine.getRuntimeService().getVariables(processInstance)).toString());
    state.put("task", jdbc.queryForList("SELECT assignee_, due_date_, name_ FROM act_ru_task WHERE id_ = ?", task).toString());
    state.put("users", jdbc.queryForList("SELECT id_, first_, last_, pwd_ FROM act_id_user ORDER BY id_").toString());
    return state;
  }

  TestHttp http() {
    return new TestHttp(port);
  }

  static String proposal(String extraName, String extraJson) {
    return "{\"variables\":{\"dossierComplete\":{\"value\":\"true\"},"
        + "\"localOriginAssessment\":{\"value\":\"Nguyên liệu tại xã\"},\"localLabourAssessment\":{\"value\":\"12 lao động\"},"
        + "\"ideaOriginAssessment\":{\"value\":\"Ý tưởng của HTX\"},\"localIdentityAssessment\":{\"value\":\"Công thức truyền thống\"}"
        + (extraName == null ? "" : ",\"" + extraName + "\":" + extraJson) + "}}";
  }

  void assertRefused(HttpResponse<String> response, int status, Map<String, Object> before, String what) {
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
    assertThat(response.body()).as(what).doesNotContain("ENGINE-", "Exception:", "org.camunda", "SQL", task, processInstance);
    assertThat(snapshot()).as(what + " changed nothing").isEqualTo(before);
  }

  @Test
  void startInstructionsThatJumpToTheCertificateAreRefusedOnBothApis() {
    Map<String, Object> before = snapshot();
    String attack = "{\"variables\":{},\"startInstructions\":[{\"type\":\"startBeforeActivity\","
        + "\"activityId\":\"Task_IssueCertificate\",\"variables\":{\"productId\":{\"value\":1},\"starRank\":{\"value\":5},"
        + "\"recognitionLevel\":{\"value\":\"PROVINCE\"},\"recognitionDecisionNumber\":{\"value\":\"123/QĐ-UBND\"}}}]}";
    assertRefused(http().post("/engine-rest/process-definition/key/productEvaluation/start", attack, OFFICER, "demo"),
        400, before, "REST start with instructions");
    TestHttp session = http();
    assertThat(session.webappLogin("tasklist", OFFICER, "demo").statusCode()).isEqualTo(200);
    assertRefused(session.webappPost(TASKLIST_API + "/process-definition/key/productEvaluation/start", attack),
        400, before, "Tasklist's API start with instructions");
    assertRefused(http().post("/engine-rest/process-definition/key/productEvaluation/start",
        "{\"variables\":{},\"skipCustomListeners\":true,\"skipIoMappings\":true}", OFFICER, "demo"),
        400, before, "start skipping listeners");
  }

  @Test
  void noSpellingOfASubmissionsPathGetsAroundTheFormContract() {
    Map<String, Object> before = snapshot();
    String encodedTask = "%" + Integer.toHexString(task.charAt(0)) + task.substring(1);
    List<String> spellings = List.of("/engine-rest/task/" + task + "/submit-form/",
        "/engine-rest/task/" + task + "/complete/", "/engine-rest/task/" + encodedTask + "/submit-form",
        "/engine-rest/task/" + task + "/submit-for%6D", "/engine-rest/task/" + task + "/compl%65te/");
    for (String path : spellings) {
      assertRefused(http().post(path, proposal("communeCode", "{\"value\":\"07204\"}"), OFFICER, "demo"), 400, before, path);
    }
    // registration under another commune, through a percent-encoded key, with and without a trailing slash
    String registration = "{\"variables\":{\"dossierType\":{\"value\":\"FIRST\"},\"producerName\":{\"value\":\"HTX Chè\"},"
        + "\"communeCode\":{\"value\":\"07204\"}}}";
    for (String path : List.of("/engine-rest/process-definition/key/productEvalu%61tion/submit-form",
        "/engine-rest/process-definition/key/productEvaluation/submit-form/",
        "/engine-rest/process-definition/key/productEvalu%61tion/start/")) {
      assertRefused(http().post(path, registration, OFFICER, "demo"), 400, before, path);
    }
    // matrix parameters, double slashes and another case: refused before any resource sees them
    for (String path : List.of("/engine-rest/task/" + task + ";x=1/submit-form",
        "/engine-rest//task/" + task + "/submit-form", "/engine-rest/task/" + task + "%2Fsubmit-form")) {
      HttpResponse<String> response = http().post(path, proposal("starRank", "{\"value\":5}"), OFFICER, "demo");
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(snapshot()).as(path).isEqualTo(before);
    }
    assertRefused(http().post("/engine-rest/TASK/" + task + "/submit-form", proposal("starRank", "{\"value\":5}"),
        OFFICER, "demo"), 403, before, "another case");
  }

  @Test
  void bpmnErrorsEscalationsAndModificationsFromUsersAreRefused() {
    Map<String, Object> before = snapshot();
    String error = "{\"errorCode\":\"IdeaRejected\",\"variables\":{\"ideaAccepted\":{\"value\":true}}}";
    assertRefused(http().post("/engine-rest/task/" + task + "/bpmnError", error, OFFICER, "demo"), 403, before, "bpmnError");
    assertRefused(http().post("/engine-rest/task/" + task + "/bpmnEscalation", "{\"escalationCode\":\"x\"}", OFFICER,
        "demo"), 403, before, "bpmnEscalation");
    assertRefused(http().post("/engine-rest/process-instance/" + processInstance + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_IssueCertificate\"}]}", "admin", "demo"),
        403, before, "modification, even by the administrator");
    TestHttp session = http();
    assertThat(session.webappLogin("tasklist", OFFICER, "demo").statusCode()).isEqualTo(200);
    assertRefused(session.webappPost(TASKLIST_API + "/task/" + task + "/bpmnError", error), 403, before,
        "bpmnError through Tasklist's API");
  }

  @Test
  void theJavaApiRefusesTheSameCommandsOnAUsersBehalf() {
    Map<String, Object> before = snapshot();
    engine.getIdentityService().setAuthentication(OFFICER, List.of("communeOfficers", "commune07201"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().handleBpmnError(task, "IdeaRejected"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRuntimeService()
              .createProcessInstanceByKey("productEvaluation").startBeforeActivity("Task_IssueCertificate").execute())
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getManagementService().setJobRetries(job, 0))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void jobsAreTheAdministratorsAloneAndARefusedCallLeavesTheRetries() {
    Map<String, Object> before = snapshot();
    for (String user : List.of(OFFICER, "giamsat", "biensoan", "hoidong1")) {
      for (int i = 0; i < 3; i++) {
        assertRefused(http().post("/engine-rest/job/" + job + "/execute", "", user, "demo"), 403, before, user + " executes");
      }
      assertRefused(http().request("PUT", "/engine-rest/job/" + job + "/retries", "{\"retries\":0}", user, "demo"), 403,
          before, user + " sets retries");
      assertRefused(http().get("/engine-rest/job", user, "demo"), 403, before, user + " lists jobs");
    }
    assertThat(engine.getManagementService().createJobQuery().jobId(job).singleResult().getRetries()).isEqualTo(3);
  }

  @Test
  void officersCannotChangeTheirProfileOrPasswordNorAttachFiles() {
    Map<String, Object> before = snapshot();
    assertRefused(http().request("PUT", "/engine-rest/user/" + OFFICER + "/profile",
        "{\"id\":\"" + OFFICER + "\",\"firstName\":\"<b>Tin tặc</b>\",\"lastName\":\"X\"}", OFFICER, "demo"), 403, before, "profile");
    assertRefused(http().request("PUT", "/engine-rest/user/" + OFFICER + "/credentials",
        "{\"password\":\"x\",\"authenticatedUserPassword\":\"demo\"}", OFFICER, "demo"), 403, before, "password");
    assertRefused(http().post("/engine-rest/task/" + task + "/attachment/create", "{}", OFFICER, "demo"), 403, before,
        "attachment");
    String large = "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    HttpResponse<String> tooLarge = http().post("/engine-rest/task/" + task + "/attachment/create", large, "admin", "demo");
    assertRefused(tooLarge, 413, before, "2 MB to the attachment API");
    assertThat(TasklistClient.read(tooLarge.body()).path("message").asText()).contains("quá lớn");
  }

  @Test
  void objectXmlAndSerializedValuesFromUsersAreRefused() {
    Map<String, Object> before = snapshot();
    for (String value : List.of(
        "{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":{\"objectTypeName\":\"org.h2.jdbcx.JdbcDataSource\","
            + "\"serializationDataFormat\":\"application/json\"}}",
        "{\"type\":\"object\",\"value\":\"rO0=\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}",
        "{\"type\":\"Xml\",\"value\":\"<a/>\"}", "{\"type\":\"Bytes\",\"value\":\"AAAA\"}",
        "{\"value\":\"x\",\"valueInfo\":{\"transient\":true}}")) {
      assertRefused(http().post("/engine-rest/task/" + task + "/submit-form",
          proposal(null, null).replace("\"localOriginAssessment\":{\"value\":\"Nguyên liệu tại xã\"}",
              "\"localOriginAssessment\":" + value), OFFICER, "demo"), 400, before, value);
    }
    assertRefused(http().request("PUT", "/engine-rest/process-instance/" + processInstance + "/variables/x",
        "{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":{\"objectTypeName\":\"org.h2.jdbcx.JdbcDataSource\","
            + "\"serializationDataFormat\":\"application/json\"}}", OFFICER, "demo"), 403, before, "variable by instance");
  }

  @Test
  void theSetUpPageNeverCreatesAnAdministrator() {
    Map<String, Object> before = snapshot();
    assertRefused(http().request("POST", "/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\"},\"credentials\":{\"password\":\"x\"}}",
        null, null), 403, before, "set-up page");
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void wrongPasswordsDelayButNeverLockAnyoneOut() {
    for (int i = 0; i < 12; i++) {
      assertThat(http().get("/engine-rest/task/count", "admin", "wrong" + i).statusCode()).isEqualTo(401);
    }
    // during the delay even the right password waits …
    assertThat(http().get("/engine-rest/task/count", "admin", "demo").statusCode()).isEqualTo(401);
    // … and once it has passed (the delay never exceeds a minute), it works, and the user is not locked
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000));
    assertThat(http().get("/engine-rest/task/count", "admin", "demo").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT lock_exp_time_ FROM act_id_user WHERE id_ = 'admin'", Date.class)).isNull();
  }

  @Test
  void theWebappsLoginIsDelayedTheSameWayAndTheDelayEndsByItself() {
    TestHttp browser = http();
    assertThat(browser.webappLogin("tasklist", "xadongtam", "wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> delayed = browser.webappLogin("tasklist", "xadongtam", "demo");
    assertThat(delayed.statusCode()).isEqualTo(429);
    assertThat(delayed.body()).contains("Xin chờ");
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000));
    assertThat(http().webappLogin("tasklist", "xadongtam", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void aLostRaceIsAConflictAndAFinishedTaskIsNotFound() throws Exception {
    String dossier = engine.getRuntimeService()
        .startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07201").build()).getId();
    String review = engine.getTaskService().createTaskQuery().processInstanceId(dossier).singleResult().getId();
    assertThat(http().post("/engine-rest/task/" + review + "/claim", "{\"userId\":\"" + OFFICER + "\"}", OFFICER, "demo")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> second = http().post("/engine-rest/task/" + review + "/claim", "{\"userId\":\"admin\"}", "admin", "demo");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    assertThat(second.body()).contains("người khác").doesNotContain("ENGINE-", review);

    // the same task submitted twice at once: one wins, the other is told so; no 500
    List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(CompletableFuture.supplyAsync(() -> http().post("/engine-rest/task/" + review + "/submit-form",
          proposal(null, null), OFFICER, "demo")));
    }
    List<Integer> statuses = both.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
    assertThat(statuses.get(0)).isEqualTo(204);
    assertThat(statuses.get(1)).isIn(404, 409);

    HttpResponse<String> again = http().post("/engine-rest/task/" + review + "/submit-form", proposal(null, null), OFFICER, "demo");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(404);
    assertThat(again.body()).doesNotContain(review, "ENGINE-");
    HttpResponse<String> missing = http().post("/engine-rest/task/no-such-task/complete", "{}", OFFICER, "demo");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
    assertThat(http().get("/engine-rest/history/case-instance", "admin", "demo").statusCode()).isEqualTo(403);
  }
}
