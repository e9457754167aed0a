package vn.ocop.workflow.awareness;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.awareness.CampaignReportBuilder.aReport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.form.FormValidationException;

/**
 * Process awarenessCampaign with its beans, DMN ocopRegime and table (H2), one scenario per path. The
 * sample units are one province (24), two former districts (215, 217) and six communes.
 */
@SpringBootTest
class AwarenessCampaignProcessTest {

  static final String PROCESS = "awarenessCampaign";
  static final List<String> COMMUNES =
      List.of("commune07201", "commune07204", "commune07207", "commune07591", "commune07594", "commune07597");
  static final List<String> DISTRICTS = List.of("district215", "district217");
  /** Before 6 July 2025 ocopRegime still has the district stage (districts were abolished on 1 July 2025). */
  static final Date BEFORE_DISTRICTS_WERE_ABOLISHED =
      Date.from(LocalDate.of(2025, 6, 2).atStartOfDay(ZoneId.systemDefault()).toInstant());

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc.update("DELETE FROM ocop_campaign_report");
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
  }

  // ---- starting, tasks and reports ----

  ProcessDefinition definition() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
        .singleResult();
  }

  /**
   * A province officer opens a campaign in Tasklist, which submits the (generic) start form. Camunda 7 allows
   * one none or timer start event per process: the timer start event is also where a start by hand begins.
   */
  ProcessInstance startByHand() {
    return formService.submitStartForm(definition().getId(), Map.of());
  }

  /** A campaign under the rules of a date when districts still existed. */
  ProcessInstance startWithDistricts() {
    return runtimeService.startProcessInstanceByKey(PROCESS,
        Variables.createVariables().putValue("submissionDate", BEFORE_DISTRICTS_WERE_ABOLISHED));
  }

  List<Task> tasks(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  String candidateGroup(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    Assertions.assertThat(groups).as("candidate groups of " + task.getTaskDefinitionKey()).hasSize(1);
    return groups.get(0);
  }

  List<String> candidateGroups(ProcessInstance pi, String key) {
    return tasks(pi, key).stream().map(this::candidateGroup).toList();
  }

  Task taskOf(ProcessInstance pi, String key, String unitGroup) {
    return tasks(pi, key).stream().filter(task -> candidateGroup(task).equals(unitGroup)).findFirst()
        .orElseThrow(() -> new AssertionError("no task " + key + " for " + unitGroup));
  }

  void reportAll(ProcessInstance pi, String key) {
    for (Task task : tasks(pi, key)) {
      taskService.complete(task.getId(), aReport().build());
    }
  }

  List<Map<String, Object>> reports() {
    return jdbc.queryForList("SELECT * FROM ocop_campaign_report ORDER BY unit_group");
  }

  static void assertRefused(ThrowingCallable submission, String message) {
    Assertions.assertThatThrownBy(submission).hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining(message);
  }

  // ---- the February timer ----

  @Test
  void everyYearTheCampaignOpensItselfAtEightOnTheFirstOfFebruary() {
    ProcessDefinition definition = definition();
    JobDefinition timer = managementService.createJobDefinitionQuery().processDefinitionId(definition.getId())
        .activityIdIn("StartEvent_February").singleResult();
    Assertions.assertThat(timer.getJobConfiguration()).isEqualTo("CYCLE: 0 0 8 1 2 ?");

    Job job = managementService.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
    Date deployed = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId())
        .singleResult().getDeploymentTime();
    LocalDateTime after = deployed.toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime();
    LocalDateTime next = LocalDateTime.of(after.getYear(), 2, 1, 8, 0);
    if (!next.isAfter(after)) {
      next = next.plusYears(1);
    }
    Assertions.assertThat(job.getDuedate()).isEqualTo(Date.from(next.atZone(ZoneId.systemDefault()).toInstant()));

    List<String> running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(ProcessInstance::getId).toList();
    managementService.executeJob(job.getId());

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .filter(instance -> !running.contains(instance.getId())).findFirst().orElseThrow();
    assertThat(pi).hasPassed("StartEvent_February", "Task_PrepareCampaign", "Task_DetermineRegime")
        .isWaitingAt("Task_ProvinceCampaign", "Task_CommuneCampaign");
    Assertions.assertThat(managementService.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult()
        .getDuedate()).as("the timer waits for next February again")
        .isEqualTo(Date.from(next.atZone(ZoneId.systemDefault()).toInstant()));
  }

  // ---- who campaigns ----

  @Test
  void aCampaignOpenedByHandTodayGoesToTheProvinceAndEachCommuneButNoDistrict() {
    ProcessInstance pi = startByHand();

    assertThat(pi).hasPassed("StartEvent_February", "Task_PrepareCampaign", "Task_DetermineRegime",
            "Gateway_DistrictStageJoin")
        .isWaitingAt("Task_ProvinceCampaign", "Task_CommuneCampaign")
        .variables().containsEntry("districtStage", false).containsEntry("campaignYear", LocalDate.now().getYear());
    Assertions.assertThat(candidateGroups(pi, "Task_ProvinceCampaign")).containsExactly("province24");
    Assertions.assertThat(candidateGroups(pi, "Task_CommuneCampaign")).containsExactlyInAnyOrderElementsOf(COMMUNES);
    Assertions.assertThat(tasks(pi, "Task_DistrictCampaign")).isEmpty();
    Date deadline = (Date) runtimeService.getVariable(pi.getId(), "campaignDeadline");
    Assertions.assertThat(deadline).isEqualTo(Date.from(PrepareAwarenessCampaignDelegate
        .deadline(LocalDateTime.now()).atZone(ZoneId.systemDefault()).toInstant()));
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).list())
        .allSatisfy(task -> Assertions.assertThat(task.getDueDate()).isEqualTo(deadline));
  }

  @Test
  void underTheRulesBeforeTheDistrictsWereAbolishedEachDistrictCampaignsAndReportsToo() {
    ProcessInstance pi = startWithDistricts();

    assertThat(pi).isWaitingAt("Task_ProvinceCampaign", "Task_CommuneCampaign", "Task_DistrictCampaign")
        .variables().containsEntry("districtStage", true);
    Assertions.assertThat(candidateGroups(pi, "Task_DistrictCampaign")).containsExactlyInAnyOrderElementsOf(DISTRICTS);
    Assertions.assertThat(candidateGroups(pi, "Task_CommuneCampaign")).hasSize(6);

    reportAll(pi, "Task_ProvinceCampaign");
    reportAll(pi, "Task_CommuneCampaign");
    assertThat(pi).isWaitingAt("Task_DistrictCampaign");
    reportAll(pi, "Task_DistrictCampaign");

    assertThat(pi).isEnded().hasPassed("Task_DistrictCampaign", "EndEvent_CampaignReported");
    Assertions.assertThat(reports()).extracting(row -> row.get("UNIT_GROUP"))
        .containsExactlyInAnyOrder("province24", "district215", "district217", "commune07201", "commune07204",
            "commune07207", "commune07591", "commune07594", "commune07597");
  }

  // ---- reports ----

  @Test
  void everyUnitsReportIsStoredWithWhoReportedItAndTheLastReportEndsTheCampaign() {
    ProcessInstance pi = startByHand();
    Task tamTien = taskOf(pi, "Task_CommuneCampaign", "commune07201");
    taskService.claim(tamTien.getId(), "xatamtien");
    taskService.complete(tamTien.getId(), aReport().activities("MEETING", "LOUDSPEAKER", "COMMUNE_DESK")
        .peopleReached(850).note("  Họp 4 thôn; loa xã phát 10 buổi.  ").build());

    identityService.setAuthentication("tinhbacgiang", List.of("provinceOfficers", "province24"));
    taskService.complete(taskOf(pi, "Task_ProvinceCampaign", "province24").getId(),
        aReport().activities("ONLINE", "LEAFLET").peopleReached(25000.0).without("reportNote").build());
    identityService.clearAuthentication();

    assertThat(pi).isWaitingAt("Task_CommuneCampaign");
    reportAll(pi, "Task_CommuneCampaign");

    assertThat(pi).isEnded().hasPassed("EndEvent_CampaignReported").hasNotPassed("Task_DistrictCampaign");
    List<Map<String, Object>> rows = reports();
    Assertions.assertThat(rows).hasSize(7)
        .allSatisfy(row -> Assertions.assertThat(row.get("CAMPAIGN_YEAR")).isEqualTo(LocalDate.now().getYear()))
        .allSatisfy(row -> Assertions.assertThat(row.get("PROCESS_INSTANCE_ID")).isEqualTo(pi.getId()));
    Map<String, Object> commune = rows.stream().filter(row -> row.get("UNIT_GROUP").equals("commune07201"))
        .findFirst().orElseThrow();
    Assertions.assertThat(commune).containsEntry("ACTIVITIES", "MEETING, LOUDSPEAKER, COMMUNE_DESK")
        .containsEntry("PEOPLE_REACHED", 850).containsEntry("REPORT_NOTE", "Họp 4 thôn; loa xã phát 10 buổi.")
        .containsEntry("REPORTED_BY", "xatamtien");
    Assertions.assertThat(commune.get("REPORTED_AT")).isNotNull();
    Map<String, Object> province = rows.stream().filter(row -> row.get("UNIT_GROUP").equals("province24"))
        .findFirst().orElseThrow();
    Assertions.assertThat(province).containsEntry("ACTIVITIES", "ONLINE, LEAFLET")
        .containsEntry("PEOPLE_REACHED", 25000).containsEntry("REPORTED_BY", "tinhbacgiang");
    Assertions.assertThat(province.get("REPORT_NOTE")).isNull();
  }

  @Test
  void aReportWithoutActivityOrWithANegativeNumberOfPeopleIsRefusedAndNothingIsStored() {
    ProcessInstance pi = startByHand();
    String taskId = taskOf(pi, "Task_CommuneCampaign", "commune07204").getId();
    taskService.complete(taskOf(pi, "Task_CommuneCampaign", "commune07201").getId(), aReport().build());
    jdbc.update("DELETE FROM ocop_campaign_report");

    assertRefused(() -> taskService.complete(taskId, aReport().without("activities").build()),
        "«Các hoạt động đã thực hiện» là bắt buộc");
    assertRefused(() -> taskService.complete(taskId, aReport().activities().build()),
        "«Các hoạt động đã thực hiện» là bắt buộc");
    assertRefused(() -> taskService.complete(taskId, aReport().activities("PARADE").build()),
        "«PARADE» không phải là lựa chọn hợp lệ");
    assertRefused(() -> taskService.complete(taskId, aReport().peopleReached(-5).build()),
        "«Số lượt người được tuyên truyền» phải từ 0 đến 10000000");
    assertRefused(() -> taskService.complete(taskId, aReport().peopleReached(12.5).build()),
        "phải là số nguyên");
    assertRefused(() -> taskService.complete(taskId, aReport().note("x".repeat(2001)).build()),
        "không được dài quá 2000 ký tự");

    Assertions.assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task still open").isEqualTo(1);
    Assertions.assertThat(taskService.getVariable(taskId, "peopleReached"))
        .as("nothing submitted is kept, and another commune's report does not count").isNull();
    Assertions.assertThat(reports()).isEmpty();
  }
}
