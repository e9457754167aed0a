package vn.ocop.workflow.cycle;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.ocop.workflow.cycle.IdeaFormBuilder.anIdea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ocop.workflow.product.TimelineEntry;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.form.FormValidationException;
import vn.ocop.workflow.testsupport.FormShows;

/**
 * The whole cycle of one product (ocopCycle with its called processes, productEvaluation included), one
 * scenario per path. Each step is completed as the officer of the right unit would in Tasklist.
 */
@SpringBootTest
class OcopCycleProcessTest {

  static final String[] COUNCIL = {"hoidong1", "hoidong2", "hoidong3"};

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired CycleMapper cycle;
  @Autowired ProductMapper products;
  @Autowired ProductTimeline timeline;
  @Autowired CriteriaCatalog criteria;
  @Autowired FormService formService;

  /** Each task's form lines that would show empty, by task key, as the scenario met them. */
  final Map<String, Set<String>> formLinesEmpty = new TreeMap<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  /** Every form the scenario opened showed a value on each of its lines: the product, its previous decision. */
  @AfterEach
  void everyFormOpenedShowedAllItsLines() {
    Assertions.assertThat(formLinesEmpty).as("form lines without a value, by task").isEmpty();
  }

  // ---- the cycle's instances and tasks ----

  ProcessInstance start(IdeaFormBuilder idea) {
    return runtimeService.startProcessInstanceByKey("ocopCycle", idea.build());
  }

  List<String> instanceIds(ProcessInstance cycleInstance) {
    List<String> ids = new ArrayList<>(List.of(cycleInstance.getId()));
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(cycleInstance.getId()).list()
        .forEach(sub -> ids.add(sub.getId()));
    return ids;
  }

  /** The one open task of the cycle with this key, in the cycle or the process it called. */
  Task task(ProcessInstance pi, String key) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceIdIn(instanceIds(pi).toArray(String[]::new))
        .taskDefinitionKey(key).list();
    Assertions.assertThat(tasks).as("open task " + key).hasSize(1);
    return opened(tasks.get(0));
  }

  /** The task, its form opened: notes the form's lines that show no value ({@link #formLinesEmpty}). */
  Task opened(Task task) {
    Set<String> empty = FormShows.emptyOn(task, taskService, formService);
    if (!empty.isEmpty()) {
      formLinesEmpty.put(task.getTaskDefinitionKey(), empty);
    }
    return task;
  }

  /** Completes the task with the form values given as name, value, name, value… */
  void complete(ProcessInstance pi, String key, Object... values) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < values.length; i += 2) {
      variables.putValue((String) values[i], values[i + 1]);
    }
    taskService.complete(task(pi, key).getId(), variables);
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).toList();
  }

  /** The kinds of what the product's timeline recorded, oldest first. */
  List<String> noteKinds(ProcessInstance pi) {
    return timeline.ofProduct(productId(pi)).stream().map(TimelineEntry::kind).toList();
  }

  long productId(ProcessInstance pi) {
    return ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("productId").singleResult().getValue()).longValue();
  }

  String stage(ProcessInstance pi) {
    return products.selectStage(productId(pi));
  }

  // ---- steps ----

  void screenAndAccept(ProcessInstance pi, boolean districtStage) {
    complete(pi, "Task_CheckForm", "formCorrect", "true");
    if (districtStage) {
      complete(pi, "Task_ScreenContent", "contentComplete", "true");
    }
    complete(pi, "Task_ProvinceCouncil", "sectorAssigned", "FOOD", "councilAccepted", "true",
        "councilReason", "Sản phẩm có tiềm năng, nguyên liệu địa phương ổn định.");
    complete(pi, "Task_AnswerProducer", "answerNote", "Đã thông báo trực tiếp cho chủ thể.");
  }

  void attend(ProcessInstance pi) {
    complete(pi, "Task_RecordAttendance", "attended", "true", "trainingDate", LocalDate.now().toString(),
        "attendeeName", "Trần Văn Hải");
  }

  void toImplementation(ProcessInstance pi) {
    screenAndAccept(pi, false);
    attend(pi);
    screenAndAccept(pi, false);
    attend(pi);
  }

  void productReady(ProcessInstance pi) {
    complete(pi, "Task_ConfirmReadiness", "readinessNote", "Đủ hồ sơ, 5 sản phẩm mẫu, phiếu kiểm nghiệm.");
  }

  void evaluate(ProcessInstance pi, int total) {
    complete(pi, "Task_CommuneReview", "dossierComplete", "true", "localOriginAssessment", "Gà đồi của xã",
        "localLabourAssessment", "15 lao động", "ideaOriginAssessment", "Ý tưởng của HTX",
        "localIdentityAssessment", "Công thức truyền thống");
    complete(pi, "Task_ProvinceCheck", "provinceDossierComplete", "true");
    taskService.complete(task(pi, "Task_ConveneCouncil").getId(), Variables.createVariables()
        .putValueTyped("councilMembers", SpinValues.jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\"]").create())
        .putValue("councilChair", "hoidong1"));
    for (String member : COUNCIL) {
      Task sheet = taskService.createTaskQuery().processInstanceIdIn(instanceIds(pi).toArray(String[]::new))
          .taskAssignee(member).singleResult();
      taskService.complete(opened(sheet).getId(), vn.ocop.workflow.evaluation.TestScoreSheets.answers(criteria.get(8), total));
    }
  }

  // ---- scenarios ----

  @Test
  void aNewProductGoesFromItsIdeaThroughEveryStepToTradePromotion() {
    ProcessInstance pi = start(anIdea());
    assertThat(pi).variables().containsEntry("eligible", true).containsEntry("regime", "QD26_2026");
    Assertions.assertThat(candidateGroups(task(pi, "Task_CheckForm"))).containsExactly("commune07201");
    Assertions.assertThat(stage(pi)).isEqualTo("IDEA");
    complete(pi, "Task_CheckForm", "formCorrect", "true");
    Assertions.assertThat(candidateGroups(task(pi, "Task_ProvinceCouncil"))).containsExactly("province24");
    complete(pi, "Task_ProvinceCouncil", "sectorAssigned", "FOOD", "councilAccepted", "true",
        "councilReason", "Sản phẩm có tiềm năng.");
    Assertions.assertThat(candidateGroups(task(pi, "Task_AnswerProducer"))).containsExactly("commune07201");
    complete(pi, "Task_AnswerProducer", "answerNote", "Đã thông báo cho chủ thể.");

    Assertions.assertThat(stage(pi)).isEqualTo("TRAINING_1");
    Assertions.assertThat(candidateGroups(task(pi, "Task_RecordAttendance"))).containsExactly("province24");
    attend(pi);
    Assertions.assertThat(stage(pi)).isEqualTo("BUSINESS_PLAN");
    screenAndAccept(pi, false);
    Assertions.assertThat(stage(pi)).isEqualTo("TRAINING_2");
    attend(pi);
    Assertions.assertThat(stage(pi)).isEqualTo("IMPLEMENTATION");
    productReady(pi);

    Assertions.assertThat(stage(pi)).isEqualTo("EVALUATION");
    evaluate(pi, 75);
    complete(pi, "Task_ProvinceRecognition", "recognitionDecisionNumber", "321/QĐ-UBND", "recognitionDate", LocalDate.now().toString());

    Assertions.assertThat(stage(pi)).isEqualTo("TRADE_PROMOTION");
    assertThat(pi).variables().containsEntry("certified", true).containsEntry("starRank", 4);
    taskService.complete(task(pi, "Task_PlanActivities").getId(), Variables.createVariables()
        .putValueTyped("promotionActivities", SpinValues.jsonValue("[\"FAIR\",\"ECOMMERCE\"]").create()));
    for (int i = 0; i < 2; i++) {
      Task activity = taskService.createTaskQuery().processInstanceIdIn(instanceIds(pi).toArray(String[]::new))
          .taskDefinitionKey("Task_RecordActivity").list().get(0);
      taskService.complete(opened(activity).getId(), withVariables("activityDetails", "Tham gia, bán được 200 sản phẩm.",
          "activityDoneOn", LocalDate.now().toString()));
    }
    assertThat(pi).isEnded().hasPassed("EndEvent_Promoted");
    Assertions.assertThat(stage(pi)).isEqualTo("CERTIFIED");
    Assertions.assertThat(cycle.selectAttendedTrainings(productId(pi))).containsExactly(1, 2);
    Assertions.assertThat(cycle.selectPromotionActivityTypes(productId(pi))).containsExactly("ECOMMERCE", "FAIR");
  }

  @Test
  void underTheThreeLevelRegimeTheDistrictScreensAndAnswers() {
    ProcessInstance pi = start(anIdea().receivedOn("2024-03-04"));
    assertThat(pi).variables().containsEntry("districtStage", true);
    complete(pi, "Task_CheckForm", "formCorrect", "true");
    Assertions.assertThat(candidateGroups(task(pi, "Task_ScreenContent"))).containsExactly("district215");
    complete(pi, "Task_ScreenContent", "contentComplete", "true");
    complete(pi, "Task_ProvinceCouncil", "sectorAssigned", "FOOD", "councilAccepted", "true", "councilReason", "Đạt yêu cầu, chấp thuận.");
    Assertions.assertThat(candidateGroups(task(pi, "Task_AnswerProducer"))).containsExactly("district215");
  }

  @Test
  void theDistrictRejectsIncompleteContentAdvisesAndSetsTheResubmissionDate() {
    ProcessInstance pi = start(anIdea().receivedOn("2024-03-04"));
    complete(pi, "Task_CheckForm", "formCorrect", "true");
    String resubmitBy = LocalDate.now().plusDays(7).toString();
    complete(pi, "Task_ScreenContent", "contentComplete", "false",
        "screeningAdvice", "Bổ sung nguồn nguyên liệu và dự kiến thị trường; liên hệ cán bộ huyện để được hướng dẫn.",
        "resubmitBy", resubmitBy);
    Task await = task(pi, "Task_AwaitResubmission");
    Job window = managementService.createJobQuery().processInstanceId(await.getProcessInstanceId()).timers().singleResult();
    Assertions.assertThat(window.getDuedate()).isCloseTo(java.sql.Timestamp.valueOf(
        LocalDate.parse(resubmitBy).plusDays(1).atStartOfDay().minusSeconds(1)), 2000);
    Assertions.assertThat(noteKinds(pi)).containsExactly("REJECTION");
  }

  @Test
  void aResubmissionDateBeyondTwoWeeksIsRefused() {
    ProcessInstance pi = start(anIdea().receivedOn("2024-03-04"));
    complete(pi, "Task_CheckForm", "formCorrect", "true");
    Assertions.assertThatThrownBy(() -> complete(pi, "Task_ScreenContent", "contentComplete", "false",
            "screeningAdvice", "Bổ sung hồ sơ.", "resubmitBy", LocalDate.now().plusDays(30).toString()))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("trong vòng 2 tuần");
  }

  @Test
  void aRejectedIdeaResubmittedWithinTwoWeeksIsCheckedAgain() {
    ProcessInstance pi = start(anIdea());
    complete(pi, "Task_CheckForm", "formCorrect", "true");
    complete(pi, "Task_ProvinceCouncil", "sectorAssigned", "FOOD", "councilAccepted", "false",
        "councilReason", "Sản phẩm phổ biến, chưa có điểm khác biệt; đề nghị làm rõ công thức riêng.");
    complete(pi, "Task_AnswerProducer", "answerNote", "Đã gửi văn bản cho chủ thể.");
    Task await = task(pi, "Task_AwaitResubmission");
    Assertions.assertThat(candidateGroups(await)).containsExactly("commune07201");
    Job window = managementService.createJobQuery().processInstanceId(await.getProcessInstanceId()).timers().singleResult();
    Assertions.assertThat(window.getDuedate()).isCloseTo(
        java.sql.Timestamp.valueOf(LocalDate.now().plusDays(15).atStartOfDay().minusSeconds(1)), 2000);
    Assertions.assertThat(noteKinds(pi)).containsExactly("REJECTION");
    complete(pi, "Task_AwaitResubmission", "resubmitted", "true");
    Assertions.assertThat(task(pi, "Task_CheckForm")).isNotNull();
  }

  @Test
  void aRejectedIdeaNotResubmittedInTwoWeeksWaitsForTheNextYear() {
    ProcessInstance pi = start(anIdea());
    complete(pi, "Task_CheckForm", "formCorrect", "false", "formDefects", "Thiếu mô tả nguyên liệu.");
    Task await = task(pi, "Task_AwaitResubmission");
    Job window = managementService.createJobQuery().processInstanceId(await.getProcessInstanceId()).timers().singleResult();
    managementService.executeJob(window.getId());
    Job nextYear = managementService.createJobQuery().processInstanceId(await.getProcessInstanceId()).timers().singleResult();
    Assertions.assertThat(nextYear.getDuedate()).isAfter(Date.from(LocalDate.now().plusDays(364)
        .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
    Assertions.assertThat(taskService.createTaskQuery().processInstanceIdIn(instanceIds(pi).toArray(String[]::new)).count())
        .isZero();
    managementService.executeJob(nextYear.getId());
    Assertions.assertThat(task(pi, "Task_CheckForm")).isNotNull();
  }

  @Test
  void anIdeaTheProducerDoesNotResubmitEndsTheCycle() {
    ProcessInstance pi = start(anIdea());
    complete(pi, "Task_CheckForm", "formCorrect", "false", "formDefects", "Thiếu mô tả.");
    complete(pi, "Task_AwaitResubmission", "resubmitted", "false");
    assertThat(pi).isEnded().hasPassed("EndEvent_IdeaNotAccepted");
    Assertions.assertThat(stage(pi)).isEqualTo("IDEA_CLOSED");
  }

  @Test
  void aFormWithDefectsNeedsThemExplained() {
    ProcessInstance pi = start(anIdea());
    Assertions.assertThatThrownBy(() -> complete(pi, "Task_CheckForm", "formCorrect", "false"))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("Các lỗi và cách sửa");
  }

  @Test
  void anIneligibleProducerIsToldWhyAndTheCycleEnds() {
    ProcessInstance pi = start(anIdea().with("producerType", "OTHER"));
    assertThat(pi).variables().containsEntry("eligible", false);
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), "eligibilityReason")).isNotBlank();
    complete(pi, "Task_ExplainIneligibility", "eligibilityExplanation",
        "Chủ thể cần đăng ký thành lập hợp tác xã, tổ hợp tác hoặc doanh nghiệp để tham gia.");
    assertThat(pi).isEnded().hasPassed("EndEvent_Ineligible");
    Assertions.assertThat(stage(pi)).isEqualTo("INELIGIBLE");
  }

  @Test
  void anSmeIsSizedBeforeItsEligibilityIsDecided() {
    ProcessInstance pi = start(anIdea().with("producerType", "SME").with("sector", "AGRICULTURE_INDUSTRY_CONSTRUCTION")
        .with("insuredEmployees", 25).with("annualRevenueBillionVnd", 12.5).with("totalCapitalBillionVnd", 30));
    assertThat(pi).variables().containsEntry("smeSize", "SMALL").containsEntry("eligible", true);
  }

  @Test
  void anExistingProductWhoseOrganisationRestructuresJoinsTheCycle() {
    ProcessInstance pi = start(anIdea().existingProduct());
    Assertions.assertThat(stage(pi)).isEqualTo("EXISTING_REVIEW");
    complete(pi, "Task_SurveyProduct", "productAccepted", "true", "surveyReport", "Sản phẩm ổn định, có thị trường.");
    complete(pi, "Task_ReviewOrganisation", "organisationSuitable", "false",
        "suitabilityReason", "Cần chuyển sang mô hình hợp tác xã.");
    complete(pi, "Task_OfferRestructuring", "restructuringAccepted", "true");
    complete(pi, "Task_ReviewOrganisation", "organisationSuitable", "true");
    Assertions.assertThat(task(pi, "Task_RecordAttendance")).isNotNull();
    Assertions.assertThat(noteKinds(pi)).containsExactly("UNSUITABLE");
  }

  @Test
  void anOrganisationThatDeclinesRestructuringEndsTheCycle() {
    ProcessInstance pi = start(anIdea().existingProduct());
    complete(pi, "Task_SurveyProduct", "productAccepted", "true", "surveyReport", "Sản phẩm ổn định.");
    complete(pi, "Task_ReviewOrganisation", "organisationSuitable", "false", "suitabilityReason", "Cần thành lập HTX.");
    complete(pi, "Task_OfferRestructuring", "restructuringAccepted", "false");
    assertThat(pi).isEnded().hasPassed("EndEvent_ReviewNotAccepted");
    Assertions.assertThat(stage(pi)).isEqualTo("EXISTING_REVIEW_CLOSED");
  }

  @Test
  void anExistingProductNotAcceptedEndsTheCycle() {
    ProcessInstance pi = start(anIdea().existingProduct());
    complete(pi, "Task_SurveyProduct", "productAccepted", "false", "surveyReport", "Sản phẩm phổ biến, không có điểm khác biệt.");
    assertThat(pi).isEnded().hasPassed("EndEvent_ReviewNotAccepted");
  }

  @Test
  void aPlanNotResubmittedEndsTheCycle() {
    ProcessInstance pi = start(anIdea());
    screenAndAccept(pi, false);
    attend(pi);
    complete(pi, "Task_CheckForm", "formCorrect", "false", "formDefects", "Thiếu phân tích thị trường.");
    complete(pi, "Task_AwaitResubmission", "resubmitted", "false");
    assertThat(pi).isEnded().hasPassed("EndEvent_PlanNotAccepted");
  }

  @Test
  void supportRequestsDuringImplementationGoToTheRightUnitAndEndWithReadiness() {
    ProcessInstance pi = start(anIdea());
    toImplementation(pi);
    complete(pi, "Task_RaiseSupportRequest", "supportNeeded", "true", "supportType", "LOAN",
        "supportDescription", "Vay 200 triệu đồng mua máy hút chân không.");
    Assertions.assertThat(candidateGroups(task(pi, "Task_HandleSupportRequest"))).containsExactly("commune07201");
    complete(pi, "Task_HandleSupportRequest", "supportOutcome", "Đã giới thiệu Ngân hàng Chính sách xã hội.");
    complete(pi, "Task_RaiseSupportRequest", "supportNeeded", "true", "supportType", "ON_SITE_COACHING",
        "supportDescription", "Tư vấn thiết kế bao bì.");
    Assertions.assertThat(candidateGroups(task(pi, "Task_HandleSupportRequest"))).containsExactly("province24");
    productReady(pi);
    Assertions.assertThat(stage(pi)).isEqualTo("EVALUATION");
    Assertions.assertThat(cycle.selectSupportRequests(productId(pi))).extracting(r -> r.supportType + ":" + r.status)
        .containsExactly("LOAN:HANDLED", "ON_SITE_COACHING:OPEN");
    Assertions.assertThat(task(pi, "Task_CommuneReview")).isNotNull();
  }

  @Test
  void whenTheProducerNeedsNoMoreSupportOnlyReadinessRemains() {
    ProcessInstance pi = start(anIdea());
    toImplementation(pi);
    Assertions.assertThatThrownBy(() -> complete(pi, "Task_RaiseSupportRequest", "supportNeeded", "true"))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«Loại hỗ trợ» là bắt buộc");
    complete(pi, "Task_RaiseSupportRequest", "supportNeeded", "false");
    Assertions.assertThat(taskService.createTaskQuery().processInstanceIdIn(instanceIds(pi).toArray(String[]::new))
        .taskDefinitionKey("Task_RaiseSupportRequest").count()).isZero();
    productReady(pi);
    Assertions.assertThat(stage(pi)).isEqualTo("EVALUATION");
  }

  @Test
  void aProductBelowThreeStarsGetsNoTradePromotion() {
    ProcessInstance pi = start(anIdea());
    toImplementation(pi);
    productReady(pi);
    evaluate(pi, 40);
    complete(pi, "Task_ExplainResult", "resultExplanation",
        "Sản phẩm đạt 2 sao: cần công bố chất lượng và hoàn thiện bao bì, đăng ký lại đợt sau.");
    assertThat(pi).isEnded().hasPassed("EndEvent_NotCertified").hasNotPassed("CallActivity_TradePromotion");
    Assertions.assertThat(stage(pi)).isEqualTo("NOT_CERTIFIED");
  }
}
