package vn.ocop.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * The inbox answers Tasklist's filter calls exactly as the engine would (issue 21), on PostgreSQL: for
 * commune, district and province officers and council members, in each filter their role reads, the
 * same tasks in the same order, the same count and the same JSON, through {@code /engine-rest} and
 * through the webapp session; and it stays equal to the engine's tasks when they are claimed, re-dated,
 * completed, or deleted behind its back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskInboxIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo";
  private static final String HAL = "application/hal+json";
  /** Tasklist's own list body (scripts of Tasklist 7.24), sorted by due date as our Tasklist script sets it. */
  private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
  private static final List<String> USERS = List.of("xatamtien", "xadongtam", "xaphuongson", "huyenyenthe",
      "tinhbacgiang", "hoidong1", "hoidong2", "hoidong5");

  @LocalServerPort int port;
  @Autowired TaskInbox inbox;
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;
  @Autowired InboxMapper mapper;
  @Autowired TasklistFilters filters;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired MeterRegistry meters;

  private final List<String> dossiers = new ArrayList<>();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "ocop_task_inbox");
  }

  TasklistClient tasklist() {
    return new TasklistClient(port);
  }

  @BeforeAll
  void dossiersAtEveryLevel() throws Exception {
    dossiers.add(register("xatamtien", "Chả gà Yên Thế"));
    dossiers.add(register("xatamtien", "Mật ong rừng Tam Tiến"));
    dossiers.add(register("xadongtam", "Bánh chưng Đồng Tâm"));
    dossiers.add(register("xaphuongson", "Vải thiều Phượng Sơn"));
    // one dossier goes on to the province, one to the council's score sheets
    for (String pi : dossiers.subList(0, 2)) {
      tasklist().submit("xatamtien", tasklist().onlyTask("xatamtien", "Task_CommuneReview", pi), Map.of(
          "dossierComplete", "true", "localOriginAssessment", "Nguyên liệu tại xã",
          "localLabourAssessment", "12 lao động địa phương", "ideaOriginAssessment", "Ý tưởng của HTX",
          "localIdentityAssessment", "Công thức truyền thống"));
    }
    String second = dossiers.get(1);
    tasklist().submit("tinhbacgiang", tasklist().onlyTask("tinhbacgiang", "Task_ProvinceCheck", second),
        Map.of("provinceDossierComplete", "true"));
    tasklist().submit("tinhbacgiang", tasklist().onlyTask("tinhbacgiang", "Task_ConveneCouncil", second), Map.of(
        "councilMembers", JSON.readTree("[\"hoidong1\",\"hoidong2\",\"hoidong3\",\"hoidong4\"]"),
        "councilChair", "hoidong1"));
  }

  private String register(String officer, String product) {
    return tasklist().start("productEvaluation", Map.ofEntries(Map.entry("dossierType", "FIRST"),
        Map.entry("producerName", "HTX " + product), Map.entry("producerType", "HTX"),
        Map.entry("representativeName", "Nguyễn Văn Bình"), Map.entry("producerAddress", "Bắc Giang"),
        Map.entry("producerPhone", "0912345678"), Map.entry("productName", product), Map.entry("productSet", "8"),
        Map.entry("sampleCount", 5)), officer);
  }

  @AfterEach
  void engineAnswersAgainAndClockIsReal() {
    inbox.answering(true);
    ClockUtil.reset();
  }

  @Test
  void everyRoleSeesInEveryFilterWhatTheEngineShowsThem() {
    assertThat(inbox.synchronize().total()).as("the task events kept the inbox equal to the engine's tasks").isZero();
    assertEveryFilterAnswersAsTheEngine();
    assertThat(names("tinhbacgiang", TasklistFilters.UNIT_WORK)).anyMatch(name -> name.contains("Chả gà Yên Thế"));
    assertThat(ids("hoidong1", TasklistFilters.MY_SCORE_SHEETS)).hasSize(1);
    assertThat(ids("hoidong5", TasklistFilters.MY_SCORE_SHEETS)).isEmpty();
  }

  @Test
  void claimsNewDueDatesAndTheClockMovingOnAreFollowed() {
    String bánhChưng = tasklist().onlyTask("xadongtam", "Task_CommuneReview", dossiers.get(2));
    assertThat(tasklist().tasks("xadongtam", "Task_CommuneReview", dossiers.get(2))).hasSize(1);
    HttpResponse<String> claim = new TestHttp(port).post("/engine-rest/task/" + bánhChưng + "/claim",
        "{\"userId\":\"xadongtam\"}", "xadongtam", PASSWORD);
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    taskService.setDueDate(tasklist().onlyTask("xaphuongson", "Task_CommuneReview", dossiers.get(3)),
        new Date(System.currentTimeMillis() - Duration.ofDays(2).toMillis()));
    assertThat(inbox.synchronize().total()).isZero();
    assertThat(ids("xadongtam", TasklistFilters.MY_WORK)).containsExactly(bánhChưng);
    assertThat(ids("xaphuongson", TasklistFilters.OVERDUE)).hasSize(1);
    assertEveryFilterAnswersAsTheEngine();

    // Two months on, every open task is overdue, and those due within three days are no longer "due soon".
    // The job executor is held meanwhile: the timers the jump makes due would otherwise create tasks between
    // the inbox's answer and the engine's, which this comparison is not about.
    org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobs =
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getJobExecutor();
    jobs.shutdown();
    try {
      ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(60).toMillis()));
      assertThat(ids("tinhbacgiang", TasklistFilters.OVERDUE)).isNotEmpty();
      assertEveryFilterAnswersAsTheEngine();
    } finally {
      ClockUtil.reset();
      jobs.start();
    }
  }

  @Test
  void aTaskOfferedToTwoOfTheUsersGroupsOrAssignedOutsideThemIsCountedOnce() {
    String teaDossier = register("xatamtien", "Trà xanh Tam Tiến");
    List<String> tamTien = unitGroupsOf("xatamtien");
    List<String> dongTam = unitGroupsOf("xadongtam");
    String shared = tasklist().onlyTask("xatamtien", "Task_CommuneReview", teaDossier);
    // assigned to a user of another commune; deleted afterwards with its grants (an assignee keeps a grant)
    String honeyDossier = register("xaphuongson", "Mật ong Phượng Sơn");
    String elsewhere = tasklist().onlyTask("xaphuongson", "Task_CommuneReview", honeyDossier);
    taskService.addCandidateGroup(shared, dongTam.get(0));
    taskService.setAssignee(shared, "xatamtien"); // offered to the unit and the user's own: counted once
    taskService.setAssignee(elsewhere, "xatamtien");
    try {
      inbox.synchronize();
      List<String> bothUnits = new ArrayList<>(tamTien);
      bothUnits.addAll(dongTam);
      bothUnits.add("communeOfficers"); // a role group: it holds no task
      for (List<String> groups : List.of(tamTien, bothUnits, List.of("communeOfficers"), List.<String>of())) {
        for (String assignee : new String[] {"xatamtien", null}) {
          InboxQuery query = new InboxQuery(groups, assignee, null, null, null, 0, 15);
          assertThat(inbox.count(query)).as(groups + " and " + assignee).isEqualTo(engineCount(groups, assignee));
        }
      }
    } finally {
      runtimeService.deleteProcessInstance(teaDossier, "thử nghiệm");
      runtimeService.deleteProcessInstance(honeyDossier, "thử nghiệm");
      inbox.synchronize();
    }
  }

  /** The user's groups that tasks are offered to (their unit), not their role groups. */
  private List<String> unitGroupsOf(String user) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId)
        .filter(group -> taskService.createTaskQuery().taskCandidateGroup(group).count() > 0).toList();
    assertThat(groups).as(user + "'s unit").hasSize(1);
    return groups;
  }

  /** The open tasks offered to one of the groups or assigned to the user, each once, as the engine lists them. */
  private long engineCount(List<String> groups, String assignee) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (String group : groups) {
      taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().list()
          .forEach(task -> ids.add(task.getId()));
    }
    if (assignee != null) {
      taskService.createTaskQuery().taskAssignee(assignee).list().forEach(task -> ids.add(task.getId()));
    }
    return ids.size();
  }

  @Test
  void aTaskDeletedWithoutItsListenersLeavesTheListAtOnceAndTheCountAtTheNextSynchronisation() {
    String pi = register("xacanhnau", "Rượu làng Vân");
    String task = tasklist().onlyTask("xacanhnau", "Task_CommuneReview", pi);
    assertThat(ids("xacanhnau", TasklistFilters.UNIT_WORK)).contains(task);
    runtimeService.deleteProcessInstance(pi, "thử nghiệm", true);

    assertThat(ids("xacanhnau", TasklistFilters.UNIT_WORK)).doesNotContain(task);
    assertThat(inbox.synchronize().tasksGone()).isEqualTo(1);
    assertEveryFilterAnswersAsTheEngine();
  }

  @Test
  void eachGroupsTallyFollowsItsTasksAndTheSynchronisationCorrectsAndFoldsIt() {
    assertThat(inbox.synchronize(true).talliesCorrected()).as("the task events kept every tally exact").isZero();
    assertEveryTallyIsTheEnginesCount();

    // a new task adds one to its group's tally, its completion takes it off, without a synchronisation
    String pi = register("xacanhnau", "Chè Canh Nậu");
    String group = unitGroupsOf("xacanhnau").get(0);
    long before = inbox.tallyOf(group);
    assertThat(before).isEqualTo(engineCount(List.of(group), null));
    String second = register("xacanhnau", "Gạo nếp Canh Nậu");
    assertThat(inbox.tallyOf(group)).isEqualTo(before + 1);
    runtimeService.deleteProcessInstance(second, "thử nghiệm");
    assertThat(inbox.tallyOf(group)).isEqualTo(before);
    // the group's +1 and -1 are folded with its earlier rows into one, between two synchronisations
    inbox.foldTally();
    assertThat(mapper.foldableTally()).isEmpty();
    assertThat(inbox.tallyOf(group)).isEqualTo(before);

    // a task deleted behind the listeners' back stays in the tally until the next synchronisation corrects it
    runtimeService.deleteProcessInstance(pi, "thử nghiệm", true);
    assertThat(inbox.tallyOf(group)).isEqualTo(before);
    TaskInbox.Synchronized corrected = inbox.synchronize();
    assertThat(corrected.tasksGone()).isEqualTo(1);
    assertThat(corrected.talliesCorrected()).isEqualTo(1);
    assertThat(inbox.tallyOf(group)).isEqualTo(before - 1).isEqualTo(engineCount(List.of(group), null));

    // a tally changed by hand is corrected at start (checked) and folded: one row per group with tasks
    mapper.tally("communeKhongCo", 5);
    mapper.tally(group, 2);
    assertThat(inbox.synchronize(true).talliesCorrected()).isEqualTo(2);
    assertThat(inbox.tallyOf("communeKhongCo")).isZero();
    assertEveryTallyIsTheEnginesCount();
    assertThat(mapper.foldableTally()).as("one row per group, none for a group without tasks").isEmpty();
    assertThat(mapper.tallyRows()).isPositive();
    assertEveryFilterAnswersAsTheEngine();
  }

  /** Every candidate group with open tasks: its tally is the engine's number of tasks offered to it. */
  private void assertEveryTallyIsTheEnginesCount() {
    List<String> groups = identityService.createGroupQuery().list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    int withTasks = 0;
    for (String group : groups) {
      long engine = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
      assertThat(inbox.tallyOf(group)).as(group).isEqualTo(engine);
      withTasks += engine > 0 ? 1 : 0;
    }
    assertThat(withTasks).as("groups with tasks").isPositive();
  }

  @Test
  void theWebappSessionGetsTheInboxAnswerAndWithoutItsTokenTheWebappRefuses() throws Exception {
    String filter = filterId(TasklistFilters.UNIT_WORK);
    TestHttp browser = new TestHttp(port);
    assertThat(browser.webappLogin("tasklist", "tinhbacgiang", PASSWORD).statusCode()).isEqualTo(200);
    String path = "/camunda/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=15";
    double before = answered("list");
    HttpResponse<String> answered = browser.webappPost(path, TASKLIST_BODY, HAL);
    assertThat(answered("list")).isEqualTo(before + 1);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(answered.headers().firstValue("Content-Type").orElse("")).startsWith(HAL);
    assertThat(JSON.readTree(answered.body()).path("_embedded").path("task").findValuesAsText("name"))
        .anyMatch(name -> name.contains("Chả gà Yên Thế"));
    inbox.answering(false);
    HttpResponse<String> engine = browser.webappPost(path, TASKLIST_BODY, HAL);
    assertThat(JSON.readTree(answered.body())).isEqualTo(JSON.readTree(engine.body()));
    inbox.answering(true);

    HttpResponse<String> withoutToken = browser.request("POST", path, TASKLIST_BODY, null, null);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
  }

  @Test
  void aSearchByVariableIsLeftToTheEngine() throws Exception {
    String filter = filterId(TasklistFilters.UNIT_WORK);
    double before = answered("list");
    String search = "{\"processVariables\":[{\"name\":\"productName\",\"operator\":\"eq\",\"value\":\"Chả gà Yên Thế\"}],"
        + "\"taskVariables\":[],\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],"
        + "\"active\":true}";
    HttpResponse<String> answer = new TestHttp(port).post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
        search, "xatamtien", PASSWORD, HAL);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answered("list")).as("the engine answered").isEqualTo(before);
    inbox.answering(false);
    HttpResponse<String> engine = new TestHttp(port).post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
        search, "xatamtien", PASSWORD, HAL);
    assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree(engine.body()));
  }

  @Test
  void theSupervisorCountsEachProcessOpenTasksAsTheEngineDoesAndTheAdministratorAsksTheEngine() {
    for (String process : List.of("productEvaluation", "ocopCycle", "training", "certificateLifecycle")) {
      String path = "/engine-rest/task/count?processDefinitionKey=" + process;
      double before = answered("process-count");
      JsonNode ours = tasklist().get(path, "giamsat");
      assertThat(answered("process-count")).isEqualTo(before + 1);
      inbox.answering(false);
      JsonNode engine = tasklist().get(path, "giamsat");
      inbox.answering(true);
      assertThat(ours).as(process).isEqualTo(engine);
      tasklist().get(path, "admin");
      assertThat(answered("process-count")).as("the administrator's count is the engine's").isEqualTo(before + 1);
    }
    assertThat(tasklist().get("/engine-rest/task/count?processDefinitionKey=productEvaluation", "giamsat").path("count")
        .asLong()).isPositive();
  }

  /** For every demo user of a Tasklist role and every filter their role reads: list, pages and count, inbox against engine. */
  private void assertEveryFilterAnswersAsTheEngine() {
    for (String user : USERS) {
      for (TasklistFilters.Definition definition : filters.definitions()) {
        if (!readable(user, definition)) {
          continue;
        }
        String filter = filterId(definition.name());
        double answered = answered("list");
        for (String page : List.of("firstResult=0&maxResults=15", "firstResult=1&maxResults=2", "firstResult=0&maxResults=1000")) {
          String path = "/engine-rest/filter/" + filter + "/list?" + page;
          JsonNode ours = hal(path, user);
          inbox.answering(false);
          JsonNode engine = hal(path, user);
          inbox.answering(true);
          assertThat(ours).as(user + " in «" + definition.name() + "» " + page).isEqualTo(engine);
        }
        assertThat(answered("list") - answered).as("the inbox, not the engine, answered " + user).isEqualTo(3);
        JsonNode ourCount = tasklist().get("/engine-rest/filter/" + filter + "/count", user);
        inbox.answering(false);
        JsonNode engineCount = tasklist().get("/engine-rest/filter/" + filter + "/count", user);
        inbox.answering(true);
        assertThat(ourCount).as(user + " counts «" + definition.name() + "»").isEqualTo(engineCount);
      }
    }
  }

  private double answered(String call) {
    return meters.get("ocop.tasklist.inbox.answers").tag("call", call).counter().count();
  }

  private boolean readable(String user, TasklistFilters.Definition definition) {
    return tasklist().get("/engine-rest/filter?resourceType=Task", user).findValuesAsText("name")
        .contains(definition.name());
  }

  private JsonNode hal(String path, String user) {
    HttpResponse<String> response = new TestHttp(port).post(path, TASKLIST_BODY, user, PASSWORD, HAL);
    assertThat(response.statusCode()).as(path + " as " + user + ": " + response.body()).isEqualTo(200);
    return TasklistClient.read(response.body());
  }

  private List<String> ids(String user, String filterName) {
    return hal("/engine-rest/filter/" + filterId(filterName) + "/list?firstResult=0&maxResults=1000", user)
        .path("_embedded").path("task").findValuesAsText("id");
  }

  private List<String> names(String user, String filterName) {
    List<String> names = new ArrayList<>();
    hal("/engine-rest/filter/" + filterId(filterName) + "/list?firstResult=0&maxResults=1000", user)
        .path("_embedded").path("task").forEach(task -> names.add(task.path("name").asText()));
    return names;
  }

  private final Map<String, String> filterIds = new LinkedHashMap<>();

  private String filterId(String name) {
    return filterIds.computeIfAbsent(name, n -> filterService.createFilterQuery().filterName(n).singleResult().getId());
  }
}
