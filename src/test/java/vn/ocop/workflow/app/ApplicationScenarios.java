package vn.ocop.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.cycle.IdeaFormBuilder;
import vn.ocop.workflow.testsupport.TestHttp;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnitMapper;

/**
 * What a newcomer sees after starting the application with the demo profile: the webapps, the REST
 * API and health answer, logins work per role, and the reference data is in our own tables. Run once
 * per database (H2 file, PostgreSQL); each subclass says how its application context is made.
 */
abstract class ApplicationScenarios {

  @LocalServerPort
  int port;

  @Autowired
  AdministrativeUnitMapper unitMapper;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  TestHttp http() {
    return new TestHttp(port);
  }

  @Test
  void everyWebappServesItsPage() {
    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      HttpResponse<String> page = http().get("/camunda/app/" + app + "/default/");
      assertThat(page.statusCode()).as(app).isEqualTo(200);
      assertThat(page.body()).as(app).contains("<html");
    }
  }

  @Test
  void everyWebappServesOurVietnameseTextsAndSettingsInsteadOfTheWebjars() {
    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      String base = "/camunda/app/" + app;
      HttpResponse<String> vietnamese = http().get(base + "/locales/vi.json");
      assertThat(vietnamese.statusCode()).as(app).isEqualTo(200);
      assertThat(vietnamese.body()).as(app).contains("\"TOGGLE_NAVIGATION\": \"Ẩn/hiện thanh điều hướng\"");
      assertThat(http().get(base + "/scripts/config.js").body()).as(app)
          .contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'");
      assertThat(http().get(base + "/styles/user-styles.css").body()).as(app)
          .contains("[cam-widget-header] .ce-eol-banner {\n  display: none;");
    }
    assertThat(http().get("/camunda/app/tasklist/scripts/config.js").body())
        .contains("customScripts: ['scripts/ocop-tasklist', 'scripts/ocop-dossier']", "description: 'nhận việc đang chọn'");
    assertThat(http().get("/camunda/app/tasklist/scripts/ocop-tasklist.js").statusCode()).isEqualTo(200);
    assertThat(http().get("/camunda/app/tasklist/scripts/ocop-dossier.js").statusCode()).isEqualTo(200);
    assertThat(http().get("/camunda/app/cockpit/scripts/config.js").body())
        .contains("customScripts: ['scripts/ocop-cockpit', 'scripts/ocop-dashboard']");
    assertThat(http().get("/camunda/app/cockpit/scripts/ocop-dashboard.js").statusCode()).isEqualTo(200);
  }

  @Test
  void rootRedirectsToTheWebapps() {
    HttpResponse<String> root = http().get("/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/"));
  }

  @Test
  void engineInfoIsPublic() {
    HttpResponse<String> engines = http().get("/engine-rest/engine");
    assertThat(engines.statusCode()).isEqualTo(200);
    assertThat(engines.body()).contains("\"name\":\"default\"");
  }

  @Test
  void restWithoutCredentialsIsRefused() {
    HttpResponse<String> tasks = http().get("/engine-rest/task");
    assertThat(tasks.statusCode()).isEqualTo(401);
    assertThat(tasks.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void restWithWrongPasswordIsRefused() {
    assertThat(http().get("/engine-rest/task", "hoidong7", "not-the-password").statusCode()).isEqualTo(401);
  }

  @Test
  void aSupervisorReadsEveryUnitsTasksAndWorksOnNone() {
    String cycle = runtimeService.startProcessInstanceByKey("ocopCycle", IdeaFormBuilder.anIdea().build()).getId();
    String screening = runtimeService.createProcessInstanceQuery().superProcessInstanceId(cycle).singleResult().getId();
    String task = "/engine-rest/task?processInstanceId=" + screening;
    assertThat(http().get(task, "giamsat", "demo").body()).contains("\"taskDefinitionKey\":\"Task_CheckForm\"");
    assertThat(http().get("/engine-rest/task/count?processInstanceId=" + screening, "giamsat", "demo").body())
        .isEqualTo("{\"count\":1}");
    assertThat(http().get("/engine-rest/task/count?processInstanceId=" + screening, "xadongtam", "demo").body())
        .as("another commune's officer").isEqualTo("{\"count\":0}");
    String taskId = taskService.createTaskQuery().processInstanceId(screening).singleResult().getId();
    assertThat(http().post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"giamsat\"}", "giamsat", "demo")
        .statusCode()).isEqualTo(403);
    runtimeService.deleteProcessInstance(cycle, "test over");
  }

  @Test
  void ourIndexOnTheEnginesGrantsIsAppliedAfterTheEnginesSchema() throws java.sql.SQLException {
    org.flywaydb.core.api.MigrationInfo[] applied = org.flywaydb.core.Flyway.configure().dataSource(jdbc.getDataSource())
        .locations("classpath:db/engine").table("ocop_engine_index_history").load().info().applied();
    assertThat(applied).extracting(m -> m.getVersion().getVersion()).contains("1", "2", "3", "4", "5", "6");
    List<String> indexes = new java.util.ArrayList<>();
    try (java.sql.Connection connection = jdbc.getDataSource().getConnection()) {
      for (String table : List.of("act_ru_authorization", "ACT_RU_AUTHORIZATION", "act_ru_task", "ACT_RU_TASK",
          "act_ru_job", "ACT_RU_JOB")) {
        try (java.sql.ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (rs.next()) {
            indexes.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase());
          }
        }
      }
    }
    assertThat(indexes).contains("ocop_idx_auth_user", "act_idx_auth_group_id", "ocop_idx_task_procdef_tenant_id",
        "ocop_idx_job_due_date", "ocop_idx_job_lock_exp_time", "ocop_idx_task_parent");
  }

  @Test
  void theJobExecutorTakesTheJobsDueFirstTenAtATime() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.getJobExecutor().getMaxJobsPerAcquisition()).isEqualTo(10);
    assertThat(configuration.getJobExecutor().getBackoffTimeInMillis()).isEqualTo(40);
  }

  @Test
  void decisionsAreEvaluatedWithTheFeelParseCache() {
    DefaultDmnEngineConfiguration dmn = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getDmnEngineConfiguration();
    assertThat(dmn.getFeelEngine().getClass().getSimpleName()).isEqualTo("CachingFeelEngine");
  }

  @Test
  void restWithDemoOfficerAnswersUnderTheOfficersAuthorizations() {
    assertThat(http().get("/engine-rest/task", "xatamtien", "demo").statusCode()).isEqualTo(200);
    // Authorizations apply to REST: an officer reads its own groups, not every unit's.
    HttpResponse<String> groups = http().get("/engine-rest/group", "xatamtien", "demo");
    assertThat(groups.statusCode()).isEqualTo(200);
    assertThat(groups.body()).contains("\"commune07201\"", "\"communeOfficers\"").doesNotContain("commune07204");
    HttpResponse<String> allGroups = http().get("/engine-rest/group", "admin", "demo");
    assertThat(allGroups.body()).contains("\"commune07204\"", "\"province24\"");
  }

  @Test
  void healthIsPublicAndOtherActuatorEndpointsNeedALogin() {
    HttpResponse<String> health = http().get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(http().get("/actuator/info").statusCode()).isEqualTo(401);
    assertThat(http().get("/actuator/info", "admin", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void readinessAndLivenessArePublicForTheLoadBalancer() {
    HttpResponse<String> readiness = http().get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"status\":\"UP\"");
    assertThat(http().get("/actuator/health/liveness").statusCode()).isEqualTo(200);
  }

  @Test
  void aWebappLoginIsKeptInTheDatabaseForEveryNode() {
    // Camunda's webapp login (attribute authenticatedUser) in Spring Session's tables (Flyway V11), readable by any node
    String countLogins = "SELECT COUNT(*) FROM SPRING_SESSION s JOIN SPRING_SESSION_ATTRIBUTES a "
        + "ON a.SESSION_PRIMARY_ID = s.PRIMARY_ID WHERE a.ATTRIBUTE_NAME = 'authenticatedUser'";
    Integer before = jdbc.queryForObject(countLogins, Integer.class);
    assertThat(http().webappLogin("tasklist", "xatamtien", "demo").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject(countLogins, Integer.class)).isEqualTo(before + 1);
  }

  @Test
  void officersAndCouncilMembersLogInToTasklist() {
    for (String user : List.of("xatamtien", "huyenyenthe", "tinhbacgiang", "hoidong1")) {
      HttpResponse<String> login = http().webappLogin("tasklist", user, "demo");
      assertThat(login.statusCode()).as(user).isEqualTo(200);
      assertThat(login.body()).as(user).contains("\"userId\":\"" + user + "\"", "\"tasklist\"");
    }
  }

  @Test
  void supervisorAndPolicyEditorLogInToCockpitButNotTasklist() {
    for (String user : List.of("giamsat", "biensoan")) {
      assertThat(http().webappLogin("cockpit", user, "demo").statusCode()).as(user).isEqualTo(200);
      assertThat(http().webappLogin("tasklist", user, "demo").statusCode()).as(user).isEqualTo(403);
    }
  }

  @Test
  void adminOpensAdminAndAnOfficerDoesNot() {
    HttpResponse<String> admin = http().webappLogin("admin", "admin", "demo");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("\"admin\"", "\"cockpit\"", "\"tasklist\"");
    assertThat(http().webappLogin("admin", "xatamtien", "demo").statusCode()).isEqualTo(403);
  }

  @Test
  void roleGroupsAndOneGroupPerUnitExist() {
    List<String> groupIds = identityService.createGroupQuery().list().stream().map(Group::getId).toList();
    assertThat(groupIds).contains("communeOfficers", "districtOfficers", "provinceOfficers", "councilMembers",
        "supervisors", "policyEditors", "province24", "district215", "district217",
        "commune07201", "commune07204", "commune07207", "commune07591", "commune07594", "commune07597");
    assertThat(identityService.createUserQuery().memberOfGroup("councilMembers").count()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void administrativeUnitsAreInOurOwnTable() {
    assertThat(unitMapper.selectAll()).hasSize(9);
    assertThat(unitMapper.selectByCode("07201"))
        .isEqualTo(new AdministrativeUnit(AdministrativeLevel.COMMUNE, "07201", "Xã Tam Tiến", "215"));
  }

  @Test
  void ourTablesCarryTheOcopPrefixBesideCamundasActTables() {
    List<String> tables = jdbc.queryForList(
        "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA)",
        String.class);
    assertThat(tables).contains("act_ru_task", "ocop_administrative_unit", "ocop_schema_history");
    // beside them only Spring Session's two tables of webapp logins (Flyway V11)
    assertThat(tables).allMatch(t -> t.startsWith("act_") || t.startsWith("ocop_") || t.startsWith("spring_session"),
        "act_ or ocop_ prefix, or Spring Session's");
  }
}
