package vn.ocop.workflow.certificate;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.ocop.workflow.certificate.CertifiedProductBuilder.aCertifiedProduct;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ocop.workflow.product.TimelineEntry;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.DossierRow;
import vn.ocop.workflow.form.FormValidationException;
import vn.ocop.workflow.registry.Registry;
import vn.ocop.workflow.testsupport.FormShows;

/**
 * Process certificateLifecycle with all its beans, DMN and tables (H2), one scenario per path. Time moves
 * with the engine clock, and the timers that fall due run as the job executor would run them (it is off
 * here, so that nothing runs behind the test's back). Tasks are completed with what the forms submit.
 * A certificate issued on 15 January 2026 is valid until 15 January 2029: its re-evaluation window runs
 * from 19 July to 17 September 2028, the expiry notice falls on 1 December 2028.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class CertificateLifecycleProcessTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
  static final LocalDate VALID_UNTIL = LocalDate.of(2029, 1, 15);
  static final LocalDate WINDOW_OPENS = LocalDate.of(2028, 7, 19);
  static final LocalDate WINDOW_LAST_DAY = LocalDate.of(2028, 9, 17);
  static final String[] COUNCIL = {"hoidong1", "hoidong2", "hoidong3"};

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CertificateIssuer issuer;
  @Autowired CertificateMapper certificates;
  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired ProductTimeline timeline;
  @Autowired Registry registry;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired LifecycleBackfill backfill;
  @Autowired FormService formService;

  /** Each task's form lines that would show empty, by task key, as the scenario met them. */
  final Map<String, Set<String>> formLinesEmpty = new TreeMap<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(ISSUED);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    Assertions.assertThat(formLinesEmpty).as("form lines without a value, by task").isEmpty();
  }

  // ---- time and steps ----

  static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  static void at(LocalDate day) {
    ClockUtil.setCurrentTime(morningOf(day));
  }

  /**
   * Moves the engine clock forward to the morning of {@code day}, stopping a second after each of the
   * lifecycle's timers falls due to run it, as the job executor would.
   */
  void advanceTo(LocalDate day, ProcessInstance lifecycle) {
    Date target = morningOf(day);
    for (int guard = 0; guard < 200; guard++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(lifecycle.getId()).timers()
          .duedateLowerThan(new Date(target.getTime() + 1)).orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        if (target.after(ClockUtil.getCurrentTime())) {
          ClockUtil.setCurrentTime(target);
        }
        return;
      }
      long dueAt = Math.max(ClockUtil.getCurrentTime().getTime(), due.get(0).getDuedate().getTime());
      ClockUtil.setCurrentTime(new Date(dueAt + 1000));
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("timers keep falling due");
  }

  /** In one transaction, as in the evaluation's last step (certificate numbers need one). */
  CertificateRow certify(CertifiedProductBuilder product) {
    return new org.springframework.transaction.support.TransactionTemplate(transactions)
        .execute(status -> product.issue(engine, products, dossiers, issuer));
  }

  ProcessInstance lifecycleOf(CertificateRow certificate) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("certificateLifecycle")
        .processInstanceBusinessKey(certificate.certificateNumber).singleResult();
  }

  Task task(ProcessInstance lifecycle, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(lifecycle.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    Assertions.assertThat(task).as("open task " + taskKey).isNotNull();
    Set<String> empty = FormShows.emptyOn(task, taskService, formService);
    if (!empty.isEmpty()) {
      formLinesEmpty.put(taskKey, empty);
    }
    return task;
  }

  void complete(ProcessInstance lifecycle, String taskKey, Object... keysAndValues) {
    taskService.complete(task(lifecycle, taskKey).getId(), map(keysAndValues));
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  List<String> events(CertificateRow certificate) {
    return timeline.ofCertificate(certificate.id).stream().map(TimelineEntry::kind).toList();
  }

  String publicStatus(CertificateRow certificate) {
    return registry.current(products.selectProductById(certificate.productId).productCode).orElseThrow().status();
  }

  void communeReceivesDossier(ProcessInstance lifecycle, LocalDate receivedOn) {
    complete(lifecycle, "Task_ReceiveReEvaluationDossier", "reEvaluationRequested", "true",
        "reEvaluationReceivedOn", receivedOn.toString(), "productionScaleChanged", "false",
        "communeAssessment", "Nguyên liệu chè tại xã, 15 lao động địa phương; bao bì mới, sản lượng tăng 20%.");
  }

  void provinceAsksTheCouncil(ProcessInstance lifecycle, LocalDate completeOn) {
    complete(lifecycle, "Task_CheckReEvaluationDossier", "reEvaluationDossierComplete", "true",
        "dossierCompleteOn", completeOn.toString(),
        "councilMembers", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\"]").create(),
        "councilChair", "hoidong1");
  }

  void membersGiveOpinions(ProcessInstance lifecycle, int... stars) {
    for (int i = 0; i < stars.length; i++) {
      Task opinion = taskService.createTaskQuery().processInstanceId(lifecycle.getId())
          .taskDefinitionKey("Task_GiveWrittenOpinion").taskAssignee(COUNCIL[i]).singleResult();
      Assertions.assertThat(opinion).as("written opinion of " + COUNCIL[i]).isNotNull();
      taskService.complete(opinion.getId(), Variables.createVariables().putValue("proposedStars", String.valueOf(stars[i]))
          .putValue("opinionText", "Sản phẩm vẫn duy trì các tiêu chí, có cải tiến bao bì."));
    }
  }

  /** The window opens; the commune receives the dossier; the province asks three council members. */
  ProcessInstance atWrittenOpinions(CertificateRow certificate) {
    ProcessInstance lifecycle = lifecycleOf(certificate);
    advanceTo(LocalDate.of(2028, 8, 1), lifecycle);
    communeReceivesDossier(lifecycle, LocalDate.of(2028, 8, 1));
    advanceTo(LocalDate.of(2028, 8, 10), lifecycle);
    provinceAsksTheCouncil(lifecycle, LocalDate.of(2028, 8, 10));
    return lifecycle;
  }

  void recogniseAgain(ProcessInstance lifecycle, LocalDate on) {
    complete(lifecycle, "Task_RecordReRecognition", "recognitionDecisionNumber", "2345/QĐ-UBND",
        "recognitionDate", on.toString());
  }

  // ---- issue ----

  @Test
  void anIssuedCertificateStartsItsLifecycleWithTheReEvaluationWindowAndTheNoticeDates() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);

    assertThat(lifecycle).isActive().isWaitingAt("IntermediateEvent_WindowOpens", "IntermediateEvent_ExpiryNoticeDue",
        "Gateway_NextInspection");
    Assertions.assertThat(certificate.validUntil).isEqualTo(VALID_UNTIL);
    Map<String, Object> variables = runtimeService.getVariables(lifecycle.getId());
    Assertions.assertThat(variables).containsEntry("reEvaluationWindowOpens", EngineDates.start(WINDOW_OPENS))
        .containsEntry("reEvaluationWindowCloses", EngineDates.start(WINDOW_LAST_DAY.plusDays(1)))
        .containsEntry("expiryNoticeDate", EngineDates.start(VALID_UNTIL.minusDays(45)))
        .containsEntry("revocationAuthorityName", "Chủ tịch UBND Tỉnh Bắc Giang")
        .containsEntry("reEvaluationWindowText", "từ ngày 19/07/2028 đến hết ngày 17/09/2028");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED");
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("VALID");
  }

  // ---- re-evaluation window ----

  @Test
  void theWindowOpensACommuneTaskDueWhenItClosesAndRemindsEveryFourteenDays() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);

    advanceTo(WINDOW_OPENS.minusDays(1), lifecycle);
    assertThat(lifecycle).isWaitingAt("IntermediateEvent_WindowOpens");

    advanceTo(WINDOW_OPENS, lifecycle);
    Task receive = task(lifecycle, "Task_ReceiveReEvaluationDossier");
    assertThat(receive).hasCandidateGroup("commune07201");
    Assertions.assertThat(receive.getDueDate()).isEqualTo(EngineDates.start(WINDOW_LAST_DAY.plusDays(1)));
    Assertions.assertThat(receive.getFollowUpDate()).isNull();

    advanceTo(WINDOW_OPENS.plusDays(13), lifecycle);
    Assertions.assertThat(task(lifecycle, "Task_ReceiveReEvaluationDossier").getFollowUpDate()).isNull();
    advanceTo(WINDOW_OPENS.plusDays(14), lifecycle);
    Assertions.assertThat(task(lifecycle, "Task_ReceiveReEvaluationDossier").getFollowUpDate())
        .isBetween(EngineDates.start(WINDOW_OPENS.plusDays(14)), morningOf(WINDOW_OPENS.plusDays(14)));
    advanceTo(WINDOW_OPENS.plusDays(28), lifecycle);
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED", "WINDOW_OPEN", "REMINDER", "REMINDER");
  }

  @Test
  void aMissedWindowIsEscalatedToTheProvinceAndTheCertificateThenExpires() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);

    advanceTo(WINDOW_LAST_DAY, lifecycle);
    assertThat(lifecycle).isWaitingAt("Task_ReceiveReEvaluationDossier");
    advanceTo(WINDOW_LAST_DAY.plusDays(1), lifecycle);
    assertThat(lifecycle).hasPassed("Task_RecordMissedWindow").isWaitingAt("Task_ReviewMissedWindow");
    assertThat(task(lifecycle, "Task_ReviewMissedWindow")).hasCandidateGroup("province24");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED", "WINDOW_OPEN", "REMINDER", "REMINDER",
        "REMINDER", "REMINDER", "WINDOW_MISSED");
    complete(lifecycle, "Task_ReviewMissedWindow", "missedWindowAction",
        "Đã gọi điện cho chủ thể; chủ thể không tiếp tục tham gia OCOP.");
    assertThat(lifecycle).hasPassed("EndEvent_WindowMissed");

    advanceTo(VALID_UNTIL.minusDays(1), lifecycle);
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("VALID");
    advanceTo(VALID_UNTIL.plusDays(1), lifecycle);
    assertThat(lifecycle).isEnded().hasPassed("Task_ExpireCertificate", "EndEvent_CertificateExpired");
    CertificateRow expired = certificates.selectById(certificate.id);
    Assertions.assertThat(expired.status).isEqualTo("EXPIRED");
    Assertions.assertThat(expired.endedOn).isEqualTo(VALID_UNTIL);
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("EXPIRED");
    Assertions.assertThat(events(certificate)).endsWith("EXPIRY_NOTICE", "EXPIRED");
  }

  /**
   * Art. 12.3 QĐ 26/2026/QĐ-TTg: valid until 1/8/2026, the last day for its dossier (120 days before) had passed
   * when the decision came into force (22/5/2026): a late dossier is received and the certificate stays valid
   * across its expiry date until the re-evaluation's result.
   */
  ProcessInstance article12_3CertificateUnderReEvaluation() {
    at(LocalDate.of(2026, 5, 25));
    CertificateRow certificate = certify(aCertifiedProduct().issuedOn(LocalDate.of(2023, 8, 1)));
    ProcessInstance lifecycle = lifecycleOf(certificate);
    assertThat(lifecycle).variables().containsEntry("lateDossierAccepted", true);
    advanceTo(LocalDate.of(2026, 7, 20), lifecycle);
    communeReceivesDossier(lifecycle, LocalDate.of(2026, 7, 20));
    provinceAsksTheCouncil(lifecycle, LocalDate.of(2026, 7, 20));
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId())
        .activityId("BoundaryEvent_CertificateExpires").singleResult().getDuedate())
        .isEqualTo(EngineDates.start(LocalDate.of(2027, 1, 29)));
    return lifecycle;
  }

  /** Art. 12.3 QĐ 26/2026/QĐ-TTg: valid until the result, across the expiry date. */
  @Test
  void aReEvaluationRunningAcrossTheExpiryDateKeepsAnArticle12_3CertificateValidUntilTheResult() {
    ProcessInstance lifecycle = article12_3CertificateUnderReEvaluation();
    CertificateRow certificate = certificates.selectByNumber(lifecycle.getBusinessKey());
    advanceTo(LocalDate.of(2026, 8, 10), lifecycle);
    assertThat(lifecycle).isActive();
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("VALID");
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("VALID");
    Assertions.assertThat(events(certificate)).contains("VALIDITY_EXTENDED");
    membersGiveOpinions(lifecycle, 4, 4, 4);
    recogniseAgain(lifecycle, LocalDate.of(2026, 8, 10));
    List<CertificateRow> all = certificates.selectByProduct(certificate.productId);
    Assertions.assertThat(all).hasSize(2);
    Assertions.assertThat(all.get(0).status).isEqualTo("SUPERSEDED");
    Assertions.assertThat(all.get(1).validUntil).isEqualTo(LocalDate.of(2029, 8, 10));
  }

  /** Art. 12.3 QĐ 26/2026/QĐ-TTg: "không quá 180 ngày tính từ ngày hết thời hạn". */
  @Test
  void withoutAResultAnArticle12_3ExtensionEndsOneHundredEightyDaysAfterExpiry() {
    ProcessInstance lifecycle = article12_3CertificateUnderReEvaluation();
    CertificateRow certificate = certificates.selectByNumber(lifecycle.getBusinessKey());
    advanceTo(LocalDate.of(2027, 1, 28), lifecycle);
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("VALID");
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("VALID");
    advanceTo(LocalDate.of(2027, 1, 29), lifecycle);
    assertThat(lifecycle).isEnded().hasPassed("EndEvent_CertificateExpired");
    Assertions.assertThat(certificates.selectById(certificate.id).endedOn).isEqualTo(LocalDate.of(2027, 1, 28));
  }

  /** Art. 12.3 QĐ 26/2026/QĐ-TTg: "đến ngày có kết quả xử lý": a result of no renewal ends the extension that day. */
  @Test
  void anArticle12_3CertificateNotRenewedAfterItsExpiryEndsOnTheDayOfTheResult() {
    ProcessInstance lifecycle = article12_3CertificateUnderReEvaluation();
    CertificateRow certificate = certificates.selectByNumber(lifecycle.getBusinessKey());
    advanceTo(LocalDate.of(2026, 8, 20), lifecycle);
    membersGiveOpinions(lifecycle, 2, 2, 2);
    complete(lifecycle, "Task_ExplainReEvaluationResult", "resultExplanation",
        "Sản phẩm không còn đáp ứng tiêu chí 3 sao: chưa duy trì công bố chất lượng; đề nghị hoàn thiện và đăng ký lại.");
    assertThat(lifecycle).hasPassed("Task_RecordNotRenewed").isActive();
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("VALID");
    advanceTo(LocalDate.of(2026, 8, 21), lifecycle);
    assertThat(lifecycle).isEnded().hasPassed("EndEvent_CertificateExpired");
    Assertions.assertThat(certificates.selectById(certificate.id).endedOn).isEqualTo(LocalDate.of(2026, 8, 20));
  }

  /** Art. 7.6.a QĐ 26/2026/QĐ-TTg: a certificate expiring after 18/9/2026 had its window under the new law. */
  @Test
  void aCertificateExpiringAfterTheTransitionHasNoArticle12_3Extension() {
    CertificateRow certificate = certify(aCertifiedProduct());
    assertThat(lifecycleOf(certificate)).variables().containsEntry("lateDossierAccepted", false);
  }

  /** Art. 4.3 QĐ 26/2026/QĐ-TTg: valid for 36 months; the valid-until day is the last valid day, as the registry shows. */
  @Test
  void theCertificateIsValidThroughItsValidUntilDayAndExpiresAtMidnightAfterIt() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    advanceTo(WINDOW_OPENS, lifecycle);
    complete(lifecycle, "Task_ReceiveReEvaluationDossier", "reEvaluationRequested", "false");
    advanceTo(VALID_UNTIL, lifecycle);
    assertThat(lifecycle).isActive();
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId()).timers()
        .activityId("BoundaryEvent_CertificateExpires").singleResult().getDuedate())
        .isEqualTo(EngineDates.start(VALID_UNTIL.plusDays(1)));
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("VALID");
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("VALID");
    advanceTo(VALID_UNTIL.plusDays(1), lifecycle);
    assertThat(lifecycle).isEnded().hasPassed("EndEvent_CertificateExpired");
    Assertions.assertThat(certificates.selectById(certificate.id).endedOn).isEqualTo(VALID_UNTIL);
  }

  @Test
  void theProducerIsToldAtLeastThirtyDaysBeforeExpiryThroughTheCommune() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);

    advanceTo(VALID_UNTIL.minusDays(46), lifecycle);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(lifecycle.getId())
        .taskDefinitionKey("Task_NotifyProducerOfExpiry").count()).isZero();
    advanceTo(VALID_UNTIL.minusDays(45), lifecycle);
    Task notice = task(lifecycle, "Task_NotifyProducerOfExpiry");
    assertThat(notice).hasCandidateGroup("commune07201");
    Assertions.assertThat(notice.getDueDate()).isEqualTo(EngineDates.start(VALID_UNTIL.minusDays(30)));
    Assertions.assertThat(timeline.ofCertificate(certificate.id)).last().satisfies(event -> {
      Assertions.assertThat(event.kind()).isEqualTo("EXPIRY_NOTICE");
      Assertions.assertThat(event.text()).contains(certificate.certificateNumber, "15/01/2029");
    });
    complete(lifecycle, "Task_NotifyProducerOfExpiry", "notifiedOn", VALID_UNTIL.minusDays(45).toString(),
        "notificationMethod", "LETTER");
    assertThat(lifecycle).hasPassed("EndEvent_ExpiryNoticeGiven").isActive();
  }

  @Test
  void aProducerWhoDoesNotApplyKeepsTheCertificateUntilItExpires() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    advanceTo(WINDOW_OPENS, lifecycle);
    complete(lifecycle, "Task_ReceiveReEvaluationDossier", "reEvaluationRequested", "false");

    assertThat(lifecycle).hasPassed("Task_RecordNoReEvaluation", "EndEvent_NoReEvaluation").isActive();
    Assertions.assertThat(events(certificate)).endsWith("NO_RE_EVALUATION");
    advanceTo(VALID_UNTIL.plusDays(1), lifecycle);
    assertThat(lifecycle).isEnded().hasPassed("EndEvent_CertificateExpired");
  }

  @Test
  void aDossierReceivedBeforeTheWindowOpensIsRefused() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    advanceTo(WINDOW_OPENS, lifecycle);
    Assertions.assertThatThrownBy(() -> communeReceivesDossier(lifecycle, WINDOW_OPENS.minusDays(1)))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("không sớm hơn 180 ngày trước khi giấy chứng nhận hết hạn");
    Assertions.assertThatThrownBy(() -> communeReceivesDossier(lifecycle, WINDOW_OPENS.plusDays(1)))
        .hasMessageContaining("không được sau ngày hôm nay");
    assertThat(lifecycle).isWaitingAt("Task_ReceiveReEvaluationDossier");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED", "WINDOW_OPEN");
  }

  // ---- re-evaluation ----

  @Test
  void agreeingWrittenOpinionsRenewTheCertificateForAnotherThirtySixMonthsWithoutAMeeting() {
    CertificateRow certificate = certify(aCertifiedProduct().withStars(4));
    ProcessInstance lifecycle = atWrittenOpinions(certificate);
    Task opinion = taskService.createTaskQuery().processInstanceId(lifecycle.getId())
        .taskDefinitionKey("Task_GiveWrittenOpinion").taskAssignee("hoidong2").singleResult();
    Assertions.assertThat(opinion.getDueDate()).isEqualTo(EngineDates.start(LocalDate.of(2028, 9, 25)));

    membersGiveOpinions(lifecycle, 4, 4, 4);
    assertThat(lifecycle).hasNotPassed("Task_RecordCouncilMeeting").isWaitingAt("Task_RecordReRecognition")
        .variables().containsEntry("reEvaluationOutcome", "RENEW").containsEntry("certificateRenewed", true);
    advanceTo(LocalDate.of(2028, 9, 1), lifecycle);
    recogniseAgain(lifecycle, LocalDate.of(2028, 9, 1));

    assertThat(lifecycle).isEnded().hasPassed("Task_RenewCertificate", "EndEvent_Renewed", "EndEvent_CertificateRenewed");
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("SUPERSEDED");
    List<CertificateRow> all = certificates.selectByProduct(certificate.productId);
    CertificateRow renewed = all.get(all.size() - 1);
    Assertions.assertThat(renewed.stars).isEqualTo(4);
    Assertions.assertThat(renewed.status).isEqualTo("VALID");
    Assertions.assertThat(renewed.issuedOn).isEqualTo(LocalDate.of(2028, 9, 1));
    Assertions.assertThat(renewed.validUntil).isEqualTo(LocalDate.of(2031, 9, 1));
    DossierRow reEvaluation = dossiers.selectDossierById(renewed.dossierId);
    Assertions.assertThat(reEvaluation.dossierType).isEqualTo("RE_EVALUATION");
    Assertions.assertThat(reEvaluation.status).isEqualTo("CERTIFIED");
    Assertions.assertThat(events(certificate)).endsWith("RE_EVALUATION_REQUESTED", "SUPERSEDED", "RENEWED");
    assertThat(lifecycleOf(renewed)).isActive().isWaitingAt("IntermediateEvent_WindowOpens");
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("VALID");
    Assertions.assertThat(registry.current(products.selectProductById(certificate.productId).productCode)
        .orElseThrow().certificateNumber()).isEqualTo(renewed.certificateNumber);
  }

  @Test
  void divergingOpinionsCallAMeetingAndAFourStarProductIsDowngradedToThree() {
    CertificateRow certificate = certify(aCertifiedProduct().withStars(4));
    ProcessInstance lifecycle = atWrittenOpinions(certificate);
    membersGiveOpinions(lifecycle, 4, 3, 3);

    assertThat(lifecycle).isWaitingAt("Task_RecordCouncilMeeting").variables()
        .containsEntry("opinionsDiverge", true).containsEntry("opinionSummary", "hoidong1: 4 sao; hoidong2: 3 sao; hoidong3: 3 sao");
    assertThat(task(lifecycle, "Task_RecordCouncilMeeting")).hasCandidateGroup("province24");
    complete(lifecycle, "Task_RecordCouncilMeeting", "reEvaluationStars", "3", "meetingMinutes", "12/BB-HĐ");
    assertThat(lifecycle).isWaitingAt("Task_RecordReRecognition").variables()
        .containsEntry("reEvaluationOutcome", "RERANK").containsEntry("recognitionLevel", "PROVINCE");
    recogniseAgain(lifecycle, LocalDate.of(2028, 8, 10));

    List<CertificateRow> all = certificates.selectByProduct(certificate.productId);
    Assertions.assertThat(all).extracting(c -> c.stars + " " + c.status).containsExactly("4 SUPERSEDED", "3 VALID");
  }

  @Test
  void aReEvaluationBelowThreeStarsIsExplainedAndTheCertificateRunsOut() {
    CertificateRow certificate = certify(aCertifiedProduct().withStars(3));
    ProcessInstance lifecycle = atWrittenOpinions(certificate);
    membersGiveOpinions(lifecycle, 2, 2, 2);

    assertThat(lifecycle).isWaitingAt("Task_ExplainReEvaluationResult").variables()
        .containsEntry("reEvaluationOutcome", "NOT_RENEWED");
    complete(lifecycle, "Task_ExplainReEvaluationResult", "resultExplanation",
        "Sản phẩm chưa duy trì được chứng nhận an toàn thực phẩm; chưa đạt 3 sao.");
    assertThat(lifecycle).hasPassed("Task_RecordNotRenewed", "EndEvent_NotRenewed").isActive();
    Assertions.assertThat(events(certificate)).endsWith("NOT_RENEWED");
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("VALID");

    advanceTo(VALID_UNTIL.plusDays(1), lifecycle);
    assertThat(lifecycle).isEnded().hasPassed("EndEvent_CertificateExpired");
    Assertions.assertThat(certificates.selectByProduct(certificate.productId)).extracting(c -> c.status)
        .containsExactly("EXPIRED");
  }

  /** Art. 7.5, 6.1.b and 4.1.b QĐ 26/2026/QĐ-TTg: re-evaluation does not raise a rank; 5★ is the Ministry's. */
  @Test
  void aFourStarReEvaluatedAtFiveKeepsFourStarsAtTheProvinceAndNeedsAnUpgradeDossier() {
    CertificateRow certificate = certify(aCertifiedProduct().withStars(4));
    ProcessInstance lifecycle = atWrittenOpinions(certificate);
    membersGiveOpinions(lifecycle, 5, 5, 5);
    assertThat(lifecycle).variables().containsEntry("recognitionLevel", "PROVINCE")
        .containsEntry("reEvaluationOutcome", "RENEW").containsEntry("grantedStars", 4);
    recogniseAgain(lifecycle, LocalDate.of(2028, 8, 10));
    List<CertificateRow> all = certificates.selectByProduct(certificate.productId);
    Assertions.assertThat(all).hasSize(2);
    Assertions.assertThat(all.get(1).stars).isEqualTo(4);
    Assertions.assertThat(all.get(1).issuedByLevel).isEqualTo("PROVINCE");
    Assertions.assertThat(all).noneMatch(c -> c.stars == 5);
  }

  @Test
  void aFiveStarRenewalIsRecognisedByTheMinistry() {
    CertificateRow certificate = certify(aCertifiedProduct().withStars(5));
    ProcessInstance lifecycle = atWrittenOpinions(certificate);
    membersGiveOpinions(lifecycle, 5, 5, 5);
    assertThat(lifecycle).variables().containsEntry("recognitionLevel", "CENTRAL");
    recogniseAgain(lifecycle, LocalDate.of(2028, 8, 10));
    List<CertificateRow> all = certificates.selectByProduct(certificate.productId);
    Assertions.assertThat(all.get(1).certificateNumber).startsWith("OCOP-TW-2028-");
    Assertions.assertThat(all.get(1).issuedByLevel).isEqualTo("CENTRAL");
  }

  @Test
  void anIncompleteReEvaluationDossierGoesBackToTheCommuneAndMayBeWithdrawn() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    advanceTo(LocalDate.of(2028, 8, 1), lifecycle);
    communeReceivesDossier(lifecycle, LocalDate.of(2028, 8, 1));
    complete(lifecycle, "Task_CheckReEvaluationDossier", "reEvaluationDossierComplete", "false",
        "provinceReturnReason", "Thiếu phiếu kết quả kiểm nghiệm còn hiệu lực.");
    assertThat(task(lifecycle, "Task_ReceiveReEvaluationSupplement")).hasCandidateGroup("commune07201");
    complete(lifecycle, "Task_ReceiveReEvaluationSupplement", "supplementReceived", "true");
    assertThat(lifecycle).isWaitingAt("Task_CheckReEvaluationDossier");
    complete(lifecycle, "Task_CheckReEvaluationDossier", "reEvaluationDossierComplete", "false",
        "provinceReturnReason", "Phiếu kiểm nghiệm đã quá hạn.");
    complete(lifecycle, "Task_ReceiveReEvaluationSupplement", "supplementReceived", "false");

    assertThat(lifecycle).hasPassed("EndEvent_ReEvaluationWithdrawn").isActive();
    long dossierId = ((Number) runtimeService.getVariable(lifecycle.getId(), "dossierId")).longValue();
    Assertions.assertThat(dossiers.selectDossierById(dossierId).status).isEqualTo("WITHDRAWN");
    Assertions.assertThat(timeline.ofDossier(dossierId)).hasSize(2);
  }

  @Test
  void aReEvaluationWithoutAResultFortyFiveDaysAfterTheCompleteDossierIsReported() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = atWrittenOpinions(certificate);
    advanceTo(LocalDate.of(2028, 9, 24), lifecycle);
    Assertions.assertThat(events(certificate)).doesNotContain("RE_EVALUATION_OVERDUE");
    advanceTo(LocalDate.of(2028, 9, 25), lifecycle);
    Assertions.assertThat(events(certificate)).endsWith("RE_EVALUATION_OVERDUE");
    assertThat(lifecycle).isWaitingAt("Task_GiveWrittenOpinion");
  }

  @Test
  void aCouncilOfFewerThanThreeMembersIsRefused() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    advanceTo(LocalDate.of(2028, 8, 1), lifecycle);
    communeReceivesDossier(lifecycle, LocalDate.of(2028, 8, 1));
    Assertions.assertThatThrownBy(() -> complete(lifecycle, "Task_CheckReEvaluationDossier",
            "reEvaluationDossierComplete", "true", "dossierCompleteOn", "2028-08-01",
            "councilMembers", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"hoidong1\"]").create(),
            "councilChair", "hoidong2"))
        .hasMessageContaining("ít nhất 3 thành viên").hasMessageContaining("Chủ tịch Hội đồng phải là");
    assertThat(lifecycle).isWaitingAt("Task_CheckReEvaluationDossier");
  }

  // ---- post-inspection and revocation ----

  @Test
  void aYearlyInspectionFindingNothingWaitsForTheNextYear() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    advanceTo(ISSUED.plusMonths(12).minusDays(1), lifecycle);
    assertThat(lifecycle).isWaitingAt("Gateway_NextInspection");
    advanceTo(ISSUED.plusMonths(12), lifecycle);
    assertThat(task(lifecycle, "Task_InspectProduct")).hasCandidateGroup("province24");
    complete(lifecycle, "Task_InspectProduct", "inspectionDate", ISSUED.plusMonths(12).toString(),
        "inspectionFindings", "Sản phẩm duy trì đúng hồ sơ; nhãn OCOP đúng quy định.", "revocationGroundFound", "false");
    assertThat(lifecycle).isWaitingAt("Gateway_NextInspection").variables().containsEntry("inspectionKind", "PERIODIC");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED", "INSPECTION");
    advanceTo(ISSUED.plusMonths(24).plusDays(1), lifecycle);
    assertThat(lifecycle).isWaitingAt("Task_InspectProduct");
  }

  void reportFinding(String productCode) {
    runtimeService.startProcessInstanceByKey("certificateFinding", Variables.createVariables()
        .putValue("productCode", productCode).putValue("findingSource", "Chi cục Quản lý thị trường tỉnh Bắc Giang")
        .putValue("findingSummary", "Phát hiện lô hàng dán nhãn OCOP 4 sao nhưng ghi sai cơ sở sản xuất."));
  }

  String productCode(CertificateRow certificate) {
    return products.selectProductById(certificate.productId).productCode;
  }

  @ParameterizedTest
  @EnumSource(RevocationGround.class)
  void aFindingOnAnyOfTheSixGroundsLeadsToRevocationWithinFifteenDaysShownPubliclyAtOnce(RevocationGround ground) {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    at(LocalDate.of(2027, 3, 2));
    reportFinding(productCode(certificate));

    assertThat(lifecycle).isWaitingAt("Task_InspectProduct").variables().containsEntry("findingReported", true);
    complete(lifecycle, "Task_InspectProduct", "inspectionDate", "2027-03-02",
        "inspectionFindings", "Xác minh tại cơ sở: phản ánh đúng.", "revocationGroundFound", "true",
        "revocationGround", ground.name(), "conclusionDate", "2027-03-01");
    Task decision = task(lifecycle, "Task_DecideRevocation");
    assertThat(decision).hasCandidateGroup("province24");
    Assertions.assertThat(decision.getDueDate()).isEqualTo(EngineDates.start(LocalDate.of(2027, 3, 17)));
    assertThat(lifecycle).variables().containsEntry("inspectionKind", "AD_HOC")
        .containsEntry("revocationGroundName", ground.label());

    complete(lifecycle, "Task_DecideRevocation", "certificateRevoked", "true",
        "revocationDecisionNumber", "456/QĐ-UBND", "revocationDate", "2027-03-02");
    assertThat(lifecycle).isEnded().hasPassed("EndEvent_Revoked", "EndEvent_CertificateRevoked");
    CertificateRow revoked = certificates.selectById(certificate.id);
    Assertions.assertThat(revoked.status).isEqualTo("REVOKED");
    Assertions.assertThat(revoked.revocationGround).isEqualTo(ground.name());
    Assertions.assertThat(revoked.revocationDecision).isEqualTo("456/QĐ-UBND");
    Assertions.assertThat(revoked.endedOn).isEqualTo(LocalDate.of(2027, 3, 2));
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("REVOKED");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED", "INSPECTION", "REVOKED");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId()).count()).isZero();
  }

  @Test
  void aFiveStarCertificateIsRevokedByTheMinistry() {
    CertificateRow certificate = certify(aCertifiedProduct().withStars(5));
    ProcessInstance lifecycle = lifecycleOf(certificate);
    assertThat(lifecycle).variables().containsEntry("revocationAuthorityName", "Bộ trưởng Bộ Nông nghiệp và Môi trường");
    reportFinding(productCode(certificate));
    complete(lifecycle, "Task_InspectProduct", "inspectionDate", ISSUED.toString(),
        "inspectionFindings", "Cơ sở đã ngừng sản xuất từ tháng 12.", "revocationGroundFound", "true",
        "revocationGround", "PRODUCTION_STOPPED", "conclusionDate", ISSUED.toString());
    complete(lifecycle, "Task_DecideRevocation", "certificateRevoked", "true",
        "revocationDecisionNumber", "78/QĐ-BNNMT", "revocationDate", ISSUED.toString());
    Assertions.assertThat(timeline.ofCertificate(certificate.id)).last()
        .satisfies(event -> Assertions.assertThat(event.text()).contains("Bộ trưởng Bộ Nông nghiệp và Môi trường"));
  }

  @Test
  void anAuthorityMayDeclineToRevokeAndTheCertificateIsWatchedAsBefore() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    reportFinding(productCode(certificate));
    complete(lifecycle, "Task_InspectProduct", "inspectionDate", ISSUED.toString(),
        "inspectionFindings", "Nhãn in sai năm sản xuất.", "revocationGroundFound", "true",
        "revocationGround", "MARK_MISUSE", "conclusionDate", ISSUED.toString());
    Assertions.assertThatThrownBy(() -> complete(lifecycle, "Task_DecideRevocation", "certificateRevoked", "true"))
        .hasMessageContaining("Số quyết định thu hồi");
    complete(lifecycle, "Task_DecideRevocation", "certificateRevoked", "false",
        "revocationNote", "Chủ thể đã thu hồi lô nhãn in sai, vi phạm nhỏ.");
    assertThat(lifecycle).isWaitingAt("Gateway_NextInspection", "IntermediateEvent_WindowOpens");
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("VALID");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED", "INSPECTION", "REVOCATION_DECLINED");
  }

  @Test
  void anInspectionFindingAGroundMustNameItAndItsConclusionDate() {
    CertificateRow certificate = certify(aCertifiedProduct());
    ProcessInstance lifecycle = lifecycleOf(certificate);
    reportFinding(productCode(certificate));
    Assertions.assertThatThrownBy(() -> complete(lifecycle, "Task_InspectProduct", "inspectionDate", ISSUED.toString(),
            "inspectionFindings", "Có vi phạm nhãn hàng hóa.", "revocationGroundFound", "true"))
        .hasMessageContaining("phải chọn «Căn cứ thu hồi»").hasMessageContaining("«Ngày có kết luận» phải là một ngày có thật");
    Assertions.assertThatThrownBy(() -> complete(lifecycle, "Task_InspectProduct", "inspectionDate", ISSUED.toString(),
            "inspectionFindings", "Có vi phạm nhãn hàng hóa.", "revocationGroundFound", "true",
            "revocationGround", "UNKNOWN_GROUND", "conclusionDate", ISSUED.toString()))
        .hasMessageContaining("«UNKNOWN_GROUND» không phải là lựa chọn hợp lệ");
    assertThat(lifecycle).isWaitingAt("Task_InspectProduct");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED");
  }

  @Test
  void findingsForAnUnknownProductAnotherProvinceOrAnInspectionUnderWayAreRefused() {
    CertificateRow certificate = certify(aCertifiedProduct());
    Assertions.assertThatThrownBy(() -> reportFinding("24-07201-999-2020"))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Không có sản phẩm OCOP mã «24-07201-999-2020»");
    Assertions.assertThatThrownBy(() -> reportFinding("'; DROP TABLE ocop_certificate; --"))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Mã sản phẩm OCOP");

    identityService.setAuthentication("tinhkhac", List.of("provinceOfficers", "province25"));
    Assertions.assertThatThrownBy(() -> reportFinding(productCode(certificate)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("của tỉnh");
    identityService.setAuthentication("tinhbacgiang", List.of("provinceOfficers", "province24"));
    reportFinding(productCode(certificate));
    Assertions.assertThatThrownBy(() -> reportFinding(productCode(certificate)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("đang được kiểm tra");
    identityService.clearAuthentication();
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(lifecycleOf(certificate).getId())
        .taskDefinitionKey("Task_InspectProduct").count()).isEqualTo(1);
  }

  // ---- certificates from before the lifecycle ----

  @Test
  void aValidCertificateWithoutALifecycleGetsOneAtStartUpAndOnlyOne() {
    CertificateRow certificate = certify(aCertifiedProduct());
    runtimeService.deleteProcessInstance(lifecycleOf(certificate).getId(), "a certificate from an earlier version");
    Assertions.assertThat(lifecycleOf(certificate)).isNull();

    backfill.run(null);
    backfill.run(null);
    assertThat(lifecycleOf(certificate)).isActive().isWaitingAt("IntermediateEvent_WindowOpens");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("certificateLifecycle")
        .processInstanceBusinessKey(certificate.certificateNumber).count()).isEqualTo(1);
  }

  // ---- upgrade ----

  @Test
  void aLaterCertificateOfTheProductSupersedesThisOneAndEndsItsLifecycle() {
    CertificateRow certificate = certify(aCertifiedProduct().withStars(3));
    ProcessInstance lifecycle = lifecycleOf(certificate);
    CertificateRow upgraded = new org.springframework.transaction.support.TransactionTemplate(transactions)
        .execute(status -> issuer.issue(engine, new CertificateIssuer.Grant(certificate.productId,
            certificate.dossierId, 4, LocalDate.of(2027, 6, 30), "PROVINCE", "24", "999/QĐ-UBND"), null));

    assertThat(lifecycle).isEnded().hasPassed("EndEvent_CertificateSuperseded");
    Assertions.assertThat(certificates.selectById(certificate.id).status).isEqualTo("SUPERSEDED");
    Assertions.assertThat(events(certificate)).containsExactly("ISSUED", "SUPERSEDED");
    assertThat(lifecycleOf(upgraded)).isActive();
    Assertions.assertThat(publicStatus(certificate)).isEqualTo("VALID");
  }
}
