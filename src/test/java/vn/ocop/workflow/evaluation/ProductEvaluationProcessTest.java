package vn.ocop.workflow.evaluation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ocop.workflow.product.TimelineEntry;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.certificate.CertificateRow;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.DossierRow;
import vn.ocop.workflow.form.FormValidationException;

/**
 * Process productEvaluation with all its beans, DMN and tables (H2), one scenario per path. Tasks are
 * completed as Tasklist does, with the values the forms submit.
 */
@SpringBootTest
class ProductEvaluationProcessTest {

  static final String[] COUNCIL = {"hoidong1", "hoidong2", "hoidong3", "hoidong4"};
  static final String CHAIR = "hoidong1";
  static final String TODAY = LocalDate.now().toString();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired DossierMapper dossiers;
  @Autowired ProductTimeline timeline;
  @Autowired CertificateMapper certificates;
  @Autowired CriteriaCatalog criteria;

  CriteriaSet processedMeat;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    processedMeat = criteria.get(8);
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
  }

  // ---- steps, as the officers and council members take them ----

  ProcessInstance register(DossierRegistrationBuilder dossier) {
    return runtimeService.startProcessInstanceByKey("productEvaluation", dossier.build());
  }

  void communeProposes(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_CommuneReview");
    BpmnAwareTests.complete(task(pi), withVariables("dossierComplete", "true",
        "localOriginAssessment", "Gà đồi nuôi tại xã, nguyên liệu 100% địa phương",
        "localLabourAssessment", "12 lao động địa phương", "ideaOriginAssessment", "Ý tưởng của HTX",
        "localIdentityAssessment", "Công thức chả gà truyền thống Yên Thế"));
  }

  void provinceAccepts(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_ProvinceCheck");
    BpmnAwareTests.complete(task(pi), withVariables("provinceDossierComplete", "true"));
  }

  void convene(ProcessInstance pi, String chair, String... members) {
    assertThat(pi).isWaitingAt("Task_ConveneCouncil");
    BpmnAwareTests.complete(task(pi), Variables.createVariables()
        .putValueTyped("councilMembers", org.camunda.spin.plugin.variable.SpinValues
            .jsonValue(toJsonArray(members)).create())
        .putValue("councilChair", chair));
  }

  void score(ProcessInstance pi, String member, VariableMap sheet) {
    Task task = taskQuery().processInstanceId(pi.getId()).taskAssignee(member).singleResult();
    Assertions.assertThat(task).as("score sheet of " + member).isNotNull();
    taskService.complete(task.getId(), sheet);
  }

  void everyMemberScores(ProcessInstance pi, int... totals) {
    for (int i = 0; i < COUNCIL.length; i++) {
      score(pi, COUNCIL[i], ScoreSheetAnswers.on(processedMeat).total(totals[i]).asSubmission());
    }
  }

  void recognise(ProcessInstance pi, String taskKey) {
    assertThat(pi).isWaitingAt(taskKey);
    BpmnAwareTests.complete(task(pi), withVariables("recognitionDecisionNumber", "1234/QĐ-UBND",
        "recognitionDate", TODAY));
  }

  void explain(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_ExplainResult");
    BpmnAwareTests.complete(task(pi), withVariables("resultExplanation",
        "Sản phẩm chưa có công bố chất lượng và nhãn chưa đúng quy định; đề nghị hoàn thiện và đăng ký lại đợt sau."));
  }

  ProcessInstance atCouncil() {
    ProcessInstance pi = register(aDossier());
    communeProposes(pi);
    provinceAccepts(pi);
    convene(pi, CHAIR, COUNCIL);
    return pi;
  }

  /** A round deadline already past is reported by the job executor; waits (at most 60 s) until it has been. */
  void awaitRoundOverdueReport(ProcessInstance pi) {
    for (int i = 0; i < 600; i++) {
      if (BpmnAwareTests.historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
          .activityId("EndEvent_RoundOverdueReported").finished().count() > 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("the overdue round was never reported");
  }

  long dossierId(ProcessInstance pi) {
    return ((Number) BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("dossierId").singleResult().getValue()).longValue();
  }

  /** A submission the server refuses: the engine wraps the listener's exception, whose message reaches Tasklist. */
  static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable submission, String message) {
    Assertions.assertThatThrownBy(submission).hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining(message);
  }

  static String toJsonArray(String... values) {
    return "[" + String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList()) + "]";
  }

  // ---- star ranks at the province ----

  @Test
  void aProductScoringSeventyFiveIsRecognisedWithFourStarsAndCertified() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 74, 75, 76, 75);
    recognise(pi, "Task_ProvinceRecognition");

    assertThat(pi).isEnded().hasPassed("Task_IssueCertificate", "EndEvent_CertificateIssued")
        .hasVariables("regime", "averageScore", "starRank", "productCode", "certificateNumber");
    Map<String, Object> outcome = BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).list().stream()
        .filter(v -> v.getValue() != null)
        .collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue(), (a, b) -> b));
    Assertions.assertThat(outcome).containsEntry("regime", "QD26_2026").containsEntry("averageScore", 75.0)
        .containsEntry("starRank", 4);
    String productCode = (String) outcome.get("productCode");
    Assertions.assertThat(productCode).matches("24-07201-\\d{3}-" + LocalDate.now().getYear());
    CertificateRow certificate = certificates.selectByNumber((String) outcome.get("certificateNumber"));
    Assertions.assertThat(certificate.stars).isEqualTo(4);
    Assertions.assertThat(certificate.issuedOn).isEqualTo(LocalDate.now());
    Assertions.assertThat(certificate.validUntil).isEqualTo(LocalDate.now().plusMonths(36));
    Assertions.assertThat(certificate.issuedByLevel).isEqualTo("PROVINCE");
    Assertions.assertThat(certificate.status).isEqualTo("VALID");
    DossierRow dossier = dossiers.selectDossierById(dossierId(pi));
    Assertions.assertThat(dossier.status).isEqualTo("CERTIFIED");
    Assertions.assertThat(dossier.starRank).isEqualTo(4);
    Assertions.assertThat(dossier.regime).isEqualTo("QD26_2026");
  }

  @Test
  void aProductScoringFiftyFiveIsRecognisedWithThreeStars() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 55, 55, 55, 55);
    recognise(pi, "Task_ProvinceRecognition");
    assertThat(pi).isEnded().hasPassed("EndEvent_CertificateIssued").variables().containsEntry("starRank", 3);
  }

  @Test
  void aProductScoringFortyGetsTwoStarsAnExplanationAndNoCertificate() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 40, 40, 40, 40);
    explain(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_NotRecognised").hasNotPassed("Task_IssueCertificate");
    DossierRow dossier = dossiers.selectDossierById(dossierId(pi));
    Assertions.assertThat(dossier.status).isEqualTo("NOT_RECOGNISED");
    Assertions.assertThat(dossier.starRank).isEqualTo(2);
    Assertions.assertThat(timeline.ofDossier(dossier.id)).extracting(TimelineEntry::kind).containsExactly("LOW_RANK");
    Assertions.assertThat(certificates.selectByProduct(dossier.productId)).isEmpty();
  }

  @Test
  void aProductScoringTwentyGetsOneStarAndNoCertificate() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 20, 21, 19, 20);
    explain(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_NotRecognised");
    Assertions.assertThat(dossiers.selectDossierById(dossierId(pi)).starRank).isEqualTo(1);
  }

  @Test
  void aMissedThreeStarMinimumCapsAnEightyPointProductAtTwoStars() {
    ProcessInstance pi = atCouncil();
    for (String member : COUNCIL) {
      score(pi, member, ScoreSheetAnswers.on(processedMeat).total(80).missingMinimumFor(3).asSubmission());
    }
    explain(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_NotRecognised");
    DossierRow dossier = dossiers.selectDossierById(dossierId(pi));
    Assertions.assertThat(dossier.averageScore).isEqualByComparingTo("80");
    Assertions.assertThat(dossier.starRank).isEqualTo(2);
  }

  // ---- five stars: the ministry ----

  @Test
  void aProductScoringNinetyTwoGoesToTheMinistryWhichRecognisesFiveStars() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 92, 92, 92, 92);
    assertThat(pi).isWaitingAt("Task_RecordCentralResult");
    BpmnAwareTests.complete(task(pi), withVariables("centralAverageScore", 91.5, "centralMinimaCapStars", 5));
    recognise(pi, "Task_MinistryRecognition");
    assertThat(pi).isEnded().hasPassed("EndEvent_CertificateIssued").hasNotPassed("Task_ProvinceRecognition");
    CertificateRow certificate = certificates.selectByNumber((String) BpmnAwareTests.historyService()
        .createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName("certificateNumber")
        .singleResult().getValue());
    Assertions.assertThat(certificate.stars).isEqualTo(5);
    Assertions.assertThat(certificate.issuedByLevel).isEqualTo("CENTRAL");
    Assertions.assertThat(certificate.certificateNumber).startsWith("OCOP-TW-");
  }

  /** Art. 5 QĐ 26/2026/QĐ-TTg: the rounds go by the days of the commune's and of the province's proposals. */
  @Test
  void theDaysOfTheCommunesAndTheProvincesProposalsAreRecordedOnTheDossier() {
    ProcessInstance pi = register(aDossier());
    Assertions.assertThat(dossiers.selectDossierById(dossierId(pi)).proposedOn).as("received, not yet proposed").isNull();
    communeProposes(pi);
    DossierRow proposed = dossiers.selectDossierById(dossierId(pi));
    Assertions.assertThat(proposed.proposedOn).isEqualTo(vn.ocop.workflow.common.EngineClock.today());
    Assertions.assertThat(proposed.ministryProposedOn).isNull();
    provinceAccepts(pi);
    convene(pi, CHAIR, COUNCIL);
    everyMemberScores(pi, 92, 92, 92, 92);
    assertThat(pi).isWaitingAt("Task_RecordCentralResult");
    Assertions.assertThat(dossiers.selectDossierById(dossierId(pi)).ministryProposedOn)
        .isEqualTo(vn.ocop.workflow.common.EngineClock.today());
  }

  @Test
  void aDossierBelowNinetyPointsIsNotProposedToTheMinistry() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 80, 80, 80, 80);
    Assertions.assertThat(dossiers.selectDossierById(dossierId(pi)).ministryProposedOn).isNull();
  }

  @Test
  void whenTheMinistryScoresBelowNinetyTheProvinceRecognisesFourStars() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 90, 91, 90, 91);
    BpmnAwareTests.complete(task(pi), withVariables("centralAverageScore", 86, "centralMinimaCapStars", 5));
    recognise(pi, "Task_ProvinceRecognition");
    assertThat(pi).isEnded().hasPassed("EndEvent_CertificateIssued").hasNotPassed("Task_MinistryRecognition")
        .variables().containsEntry("starRank", 4).containsEntry("averageScore", 86);
  }

  // ---- council rules ----

  @Test
  void totalsMoreThanTenPointsApartAreScoredAgain() {
    ProcessInstance pi = atCouncil();
    everyMemberScores(pi, 60, 75, 70, 70);
    assertThat(pi).isWaitingAt("Task_ScoreProduct").variables().containsEntry("scoringRound", 2)
        .containsEntry("scoresDiverge", true);
    everyMemberScores(pi, 70, 72, 71, 71);
    recognise(pi, "Task_ProvinceRecognition");
    assertThat(pi).isEnded().variables().containsEntry("starRank", 4).containsEntry("averageScore", 71.0);
  }

  @Test
  void withoutTheChairTheCouncilHasNoQuorumAndIsConvenedAgain() {
    ProcessInstance pi = atCouncil();
    score(pi, "hoidong1", ScoreSheetAnswers.absent());
    for (String member : List.of("hoidong2", "hoidong3", "hoidong4")) {
      score(pi, member, ScoreSheetAnswers.on(processedMeat).total(75).asSubmission());
    }
    assertThat(pi).isWaitingAt("Task_ConveneCouncil").variables().containsEntry("quorumMet", false);
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), "tallySummary")).contains("vắng Chủ tịch");
    convene(pi, "hoidong2", COUNCIL);
    everyMemberScores(pi, 75, 75, 75, 75);
    recognise(pi, "Task_ProvinceRecognition");
    assertThat(pi).isEnded().hasPassed("EndEvent_CertificateIssued");
  }

  @Test
  void threeOfFourMembersWithTheChairAreAQuorum() {
    ProcessInstance pi = atCouncil();
    score(pi, "hoidong4", ScoreSheetAnswers.absent());
    for (String member : List.of("hoidong1", "hoidong2", "hoidong3")) {
      score(pi, member, ScoreSheetAnswers.on(processedMeat).total(72).asSubmission());
    }
    recognise(pi, "Task_ProvinceRecognition");
    assertThat(pi).isEnded().variables().containsEntry("quorumMet", true).containsEntry("starRank", 4);
  }

  @Test
  void aDossierMostMembersFindDisqualifiedIsNotRankedAndExplained() {
    ProcessInstance pi = atCouncil();
    for (String member : COUNCIL) {
      VariableMap sheet = ScoreSheetAnswers.on(processedMeat).total(80).asSubmission();
      sheet.putValue("disqualifiedOpinion", !member.equals("hoidong4"));
      score(pi, member, sheet);
    }
    explain(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_NotRecognised").hasNotPassed("Task_ProvinceAuthority");
    DossierRow dossier = dossiers.selectDossierById(dossierId(pi));
    Assertions.assertThat(dossier.status).isEqualTo("DISQUALIFIED");
    Assertions.assertThat(dossier.starRank).isNull();
    Assertions.assertThat(timeline.ofDossier(dossier.id)).extracting(TimelineEntry::kind).containsExactly("DISQUALIFIED");
  }

  /** Phụ lục II QĐ 26/2026/QĐ-TTg: the tourism sheet (set 26) has no ground for disqualification. */
  @Test
  void aTourismSheetMarkedDisqualifiedIsRefusedBecauseItsSheetHasNoSuchGround() {
    ProcessInstance pi = register(aDossier().with("producerType", "ASSOCIATION").with("productSet", "26"));
    communeProposes(pi);
    provinceAccepts(pi);
    convene(pi, CHAIR, COUNCIL);
    Task task = taskQuery().processInstanceId(pi.getId()).taskAssignee("hoidong2").singleResult();
    VariableMap sheet = ScoreSheetAnswers.on(criteria.get(26)).total(70).asSubmission();
    sheet.putValue("disqualifiedOpinion", true);
    assertRefused(() -> taskService.complete(task.getId(), sheet), "không có trường hợp bị loại");
    Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void aSheetWithAnUnansweredCriterionIsRefusedAndNothingIsStored() {
    ProcessInstance pi = atCouncil();
    Task task = taskQuery().processInstanceId(pi.getId()).taskAssignee("hoidong2").singleResult();
    VariableMap incomplete = ScoreSheetAnswers.on(processedMeat).total(70).unanswered("c1_1").asSubmission();
    assertRefused(() -> taskService.complete(task.getId(), incomplete), "tiêu chí 1.1");
    Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    Assertions.assertThat(taskService.getVariable(task.getId(), "scoreSheet")).hasToString("{}");
  }

  // ---- returns and withdrawals ----

  @Test
  void aCommuneReturnNeedsAReasonWhichReachesTheHistoryAndTheDossierComesBack() {
    ProcessInstance pi = register(aDossier());
    Task review = task(pi);
    assertRefused(() -> taskService.complete(review.getId(), withVariables("dossierComplete", "false")), "Lý do trả hồ sơ");
    assertThat(pi).isWaitingAt("Task_CommuneReview");
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossierComplete")).isNull();

    BpmnAwareTests.complete(review, withVariables("dossierComplete", "false",
        "returnReason", "Thiếu phiếu kiểm nghiệm chỉ tiêu vi sinh."));
    assertThat(pi).isWaitingAt("Task_ReceiveCommuneSupplement").variables()
        .containsEntry("lastExplanation", "Thiếu phiếu kiểm nghiệm chỉ tiêu vi sinh.");
    Assertions.assertThat(timeline.ofDossier(dossierId(pi))).singleElement()
        .satisfies(note -> {
          Assertions.assertThat(note.kind()).isEqualTo("RETURN");
          Assertions.assertThat(note.unitLevel()).isEqualTo("COMMUNE");
        });
    BpmnAwareTests.complete(task(pi), withVariables("supplementReceived", "true"));
    communeProposes(pi);
    assertThat(pi).isWaitingAt("Task_ProvinceCheck");
  }

  @Test
  void aProducerWhoDoesNotCompleteTheDossierWithdrawsIt() {
    ProcessInstance pi = register(aDossier());
    BpmnAwareTests.complete(task(pi), withVariables("dossierComplete", "false", "returnReason", "Thiếu hồ sơ."));
    BpmnAwareTests.complete(task(pi), withVariables("supplementReceived", "false"));
    assertThat(pi).isEnded().hasPassed("EndEvent_WithdrawnAtCommune");
    Assertions.assertThat(dossiers.selectDossierById(dossierId(pi)).status).isEqualTo("WITHDRAWN");
  }

  @Test
  void theProvinceReturnsTheDossierForCompletionAndChecksItAgain() {
    ProcessInstance pi = register(aDossier());
    communeProposes(pi);
    assertRefused(() -> BpmnAwareTests.complete(task(pi), withVariables("provinceDossierComplete", "false")),
        "Nội dung cần hoàn thiện");
    BpmnAwareTests.complete(task(pi), withVariables("provinceDossierComplete", "false",
        "provinceReturnReason", "Bổ sung hợp đồng liên kết tiêu thụ."));
    assertThat(pi).isWaitingAt("Task_ReceiveProvinceSupplement");
    assertThat(task(pi)).hasCandidateGroup("commune07201");
    BpmnAwareTests.complete(task(pi), withVariables("supplementReceived", "true"));
    provinceAccepts(pi);
    assertThat(pi).isWaitingAt("Task_ConveneCouncil");
  }

  @Test
  void aDossierWithdrawnAfterTheProvincesReturnEnds() {
    ProcessInstance pi = register(aDossier());
    communeProposes(pi);
    BpmnAwareTests.complete(task(pi), withVariables("provinceDossierComplete", "false", "provinceReturnReason", "Thiếu mẫu."));
    BpmnAwareTests.complete(task(pi), withVariables("supplementReceived", "false"));
    assertThat(pi).isEnded().hasPassed("EndEvent_WithdrawnAtProvince");
  }

  // ---- regimes with a district stage ----

  @Test
  void underDecision148TheDistrictRecognisesThreeStars() {
    ProcessInstance pi = register(aDossier().receivedOn("2024-03-01"));
    assertThat(pi).variables().containsEntry("regime", "QD148_2023").containsEntry("districtStage", true);
    communeProposes(pi);
    assertThat(pi).isWaitingAt("Task_DistrictEvaluation");
    assertThat(task(pi)).hasCandidateGroup("district215");
    BpmnAwareTests.complete(task(pi), withVariables("districtAverageScore", 62.5, "districtMinimaCapStars", 5,
        "districtCouncilMinutes", "BB số 12/HĐ ngày 10/4/2024", "districtComment", "Sản phẩm đạt yêu cầu 3 sao."));
    recognise(pi, "Task_DistrictRecognition");
    assertThat(pi).isEnded().hasPassed("EndEvent_CertificateIssued").hasNotPassed("Task_ProvinceCheck");
    CertificateRow certificate = certificates.selectByProduct(dossiers.selectDossierById(dossierId(pi)).productId).get(0);
    Assertions.assertThat(certificate.issuedByLevel).isEqualTo("DISTRICT");
    Assertions.assertThat(certificate.stars).isEqualTo(3);
  }

  @Test
  void underDecision148TheDistrictForwardsAFourStarProductToTheProvince() {
    ProcessInstance pi = register(aDossier().receivedOn("2024-03-01"));
    communeProposes(pi);
    BpmnAwareTests.complete(task(pi), withVariables("districtAverageScore", 78, "districtMinimaCapStars", 5,
        "districtCouncilMinutes", "BB số 13/HĐ", "districtComment", "Đề nghị tỉnh đánh giá 4 sao."));
    assertThat(pi).isWaitingAt("Task_ProvinceCheck");
    provinceAccepts(pi);
    // Art. 12.2.a QĐ 26/2026/QĐ-TTg: the limit (21/7/2026) has passed: the overdue report runs at once
    awaitRoundOverdueReport(pi);
    convene(pi, CHAIR, COUNCIL);
    everyMemberScores(pi, 78, 77, 79, 78);
    recognise(pi, "Task_ProvinceRecognition");
    assertThat(pi).isEnded().variables().containsEntry("starRank", 4).containsEntry("recognitionLevel", "PROVINCE");
  }

  @Test
  void underDecision1048TheDistrictForwardsFromFiftyPoints() {
    ProcessInstance pi = register(aDossier().receivedOn("2021-05-10"));
    assertThat(pi).variables().containsEntry("regime", "QD1048_2019");
    communeProposes(pi);
    BpmnAwareTests.complete(task(pi), withVariables("districtAverageScore", 55, "districtMinimaCapStars", 5,
        "districtCouncilMinutes", "BB số 3/HĐ", "districtComment", "Đạt 3 sao, đề nghị tỉnh công nhận."));
    assertThat(pi).isWaitingAt("Task_ProvinceCheck");
  }

  @Test
  void anAverageScoreOutOfRangeIsRefusedAndNeverRanked() {
    ProcessInstance pi = register(aDossier().receivedOn("2024-03-01"));
    communeProposes(pi);
    assertRefused(() -> BpmnAwareTests.complete(task(pi), withVariables("districtAverageScore", 100.01,
        "districtMinimaCapStars", 5, "districtCouncilMinutes", "BB số 15/HĐ", "districtComment", "Nhận xét.")),
        "«Điểm trung bình của Hội đồng» phải từ 0 đến 100");
    assertRefused(() -> BpmnAwareTests.complete(task(pi), withVariables("districtAverageScore", -1,
        "districtMinimaCapStars", 5, "districtCouncilMinutes", "BB số 15/HĐ", "districtComment", "Nhận xét.")),
        "phải từ 0 đến 100");
    assertThat(pi).isWaitingAt("Task_DistrictEvaluation").hasNotPassed("Task_DistrictStarRank");
  }

  @Test
  void aDistrictLowRankIsExplainedByTheDistrict() {
    ProcessInstance pi = register(aDossier().receivedOn("2024-03-01"));
    communeProposes(pi);
    BpmnAwareTests.complete(task(pi), withVariables("districtAverageScore", 45, "districtMinimaCapStars", 5,
        "districtCouncilMinutes", "BB số 14/HĐ", "districtComment", "Chưa đạt 3 sao."));
    assertThat(pi).isWaitingAt("Task_ExplainResult");
    assertThat(task(pi)).hasCandidateGroup("district215");
    explain(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_NotRecognised");
    Assertions.assertThat(timeline.ofDossier(dossierId(pi))).extracting(TimelineEntry::unitLevel).containsExactly("DISTRICT");
  }

  /** No district after 1/7/2025; QĐ 26/2026/QĐ-TTg Art. 4.1 (two levels), Art. 12.2 (regime of the receipt date). */
  @Test
  void aDossierReceivedOnThirdOfJuly2025GoesFromTheCommuneStraightToTheProvince() {
    ProcessInstance pi = register(aDossier().receivedOn("2025-07-03"));
    assertThat(pi).variables().containsEntry("regime", "QD148_2023").containsEntry("districtStage", false);
    communeProposes(pi);
    assertThat(pi).isWaitingAt("Task_ProvinceCheck").hasNotPassed("Task_DistrictEvaluation");
    assertThat(task(pi)).hasCandidateGroup("province24");
  }

  /** Art. 11.1 (in force 22/5/2026) and 12.2.a QĐ 26/2026/QĐ-TTg: the old regime, finished within 60 days. */
  @Test
  void aDossierReceivedOnTenthOfMay2026IsFinishedUnderTheOldRegimeBy21July2026() {
    ProcessInstance pi = register(aDossier().receivedOn("2026-05-10"));
    assertThat(pi).variables().containsEntry("regime", "QD1489_2025").containsEntry("districtStage", false);
    communeProposes(pi);
    provinceAccepts(pi);
    assertThat(pi).isWaitingAt("Task_ConveneCouncil");
    java.util.Date deadline = (java.util.Date) runtimeService.getVariable(pi.getId(), "roundDeadline");
    Assertions.assertThat(deadline.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 7, 21));
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), "roundName")).contains("Điều 12 khoản 2");
    awaitRoundOverdueReport(pi);
    assertThat(pi).isWaitingAt("Task_ConveneCouncil");
  }

  @Test
  void underTheCurrentRegimeThereIsNoDistrictStage() {
    ProcessInstance pi = register(aDossier());
    assertThat(pi).variables().containsEntry("regime", "QD26_2026").containsEntry("districtStage", false);
    communeProposes(pi);
    assertThat(pi).isWaitingAt("Task_ProvinceCheck").hasNotPassed("Task_DistrictEvaluation");
    assertThat(task(pi)).hasCandidateGroup("province24");
  }

  // ---- upgrade ----

  String historic(ProcessInstance pi, String name) {
    return (String) BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(name).singleResult().getValue();
  }

  @Test
  void anUpgradeKeepsTheProductCodeAndSupersedesTheEarlierCertificate() {
    ProcessInstance first = atCouncil();
    everyMemberScores(first, 60, 60, 60, 60);
    recognise(first, "Task_ProvinceRecognition");
    String productCode = historic(first, "productCode");
    String firstCertificate = historic(first, "certificateNumber");

    ProcessInstance upgrade = register(aDossier().with("dossierType", "UPGRADE").with("productCode", productCode)
        .with("productName", "Tên khác không được dùng"));
    assertThat(upgrade).variables().containsEntry("productName", "Chả gà Yên Thế");
    communeProposes(upgrade);
    provinceAccepts(upgrade);
    convene(upgrade, CHAIR, COUNCIL);
    everyMemberScores(upgrade, 80, 80, 80, 80);
    recognise(upgrade, "Task_ProvinceRecognition");

    Assertions.assertThat(historic(upgrade, "productCode")).isEqualTo(productCode);
    Assertions.assertThat(certificates.selectByNumber(firstCertificate).status).isEqualTo("SUPERSEDED");
    CertificateRow upgraded = certificates.selectByNumber(historic(upgrade, "certificateNumber"));
    Assertions.assertThat(upgraded.stars).isEqualTo(4);
    Assertions.assertThat(upgraded.status).isEqualTo("VALID");
    // each certificate has its lifecycle: the earlier one ended by the upgrade, the new one running
    Assertions.assertThat(BpmnAwareTests.historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(lifecycle(firstCertificate).getId()).activityId("EndEvent_CertificateSuperseded").count())
        .isEqualTo(1);
    Assertions.assertThat(lifecycle(firstCertificate).getState()).isEqualTo("COMPLETED");
    Assertions.assertThat(lifecycle(upgraded.certificateNumber).getState()).isEqualTo("ACTIVE");
  }

  org.camunda.bpm.engine.history.HistoricProcessInstance lifecycle(String certificateNumber) {
    return BpmnAwareTests.historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("certificateLifecycle").processInstanceBusinessKey(certificateNumber).singleResult();
  }

  @Test
  void anUpgradeOfAnUnknownProductIsRefused() {
    Assertions.assertThatThrownBy(() -> register(aDossier().with("dossierType", "UPGRADE").with("productCode", "24-07201-999-2020")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Không tìm thấy sản phẩm OCOP mã «24-07201-999-2020»");
    Assertions.assertThatThrownBy(() -> register(aDossier().with("dossierType", "RE_EVALUATION")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("«Mã sản phẩm OCOP» là bắt buộc");
  }

  /** Art. 7.6 QĐ 26/2026/QĐ-TTg: one route for re-evaluation, the certificate's lifecycle; Art. 12.2.b: older ones. */
  @Test
  void aReEvaluationReceivedUnderDecision26IsRefusedAtRegistrationBecauseItBelongsToTheCertificatesLifecycle() {
    Assertions.assertThatThrownBy(() -> register(aDossier().with("dossierType", "RE_EVALUATION")
            .with("productCode", "24-07201-999-2020")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Điều 7 khoản 6");
    Assertions.assertThatThrownBy(() -> register(aDossier().with("dossierType", "RE_EVALUATION")
            .with("productCode", "24-07201-999-2020").receivedOn("2026-05-10")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Không tìm thấy sản phẩm")
        .hasMessageNotContaining("Điều 7 khoản 6");
  }

  // ---- registration, routing, rounds ----

  @Test
  void anOfficerRegistersForTheirOwnCommuneAndTheReviewIsDueInFifteenWorkingDays() {
    identityService.setAuthentication("xadongtam", List.of("communeOfficers", "commune07204"));
    ProcessInstance pi = register(aDossier().fromTheOfficersCommune().receivedOn("2026-11-02"));
    identityService.clearAuthentication();
    assertThat(pi).isWaitingAt("Task_CommuneReview").variables().containsEntry("communeCode", "07204")
        .containsEntry("communeName", "Xã Đồng Tâm");
    assertThat(task(pi)).hasCandidateGroup("commune07204");
    // Monday 2 November 2026 + 15 working days = Monday 23 November 2026, end of day
    Assertions.assertThat(task(pi).getDueDate()).hasYear(2026).hasMonth(11).hasDayOfMonth(23);
    // reminder three working days before: Wednesday 18 November 2026
    Assertions.assertThat(task(pi).getFollowUpDate()).hasYear(2026).hasMonth(11).hasDayOfMonth(18);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).matches("\\d+/PĐK-24-07204-2026");
  }

  @Test
  void anInvalidRegistrationStartsNothing() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("productEvaluation").count();
    Assertions.assertThatThrownBy(() -> register(aDossier().without("productName").with("productSet", "27")
            .with("producerPhone", "gọi tôi")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("«Tên sản phẩm» là bắt buộc")
        .hasMessageContaining("«Số điện thoại» không đúng định dạng")
        .hasMessageContaining("Bộ sản phẩm");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("productEvaluation").count())
        .isEqualTo(before);
  }

  /** Art. 2.3 QĐ 26/2026/QĐ-TTg: an association (hội) takes part only with tourism (set 26). */
  @Test
  void anAssociationRegisteringAFoodProductIsRefusedAtRegistrationAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("productEvaluation").count();
    Assertions.assertThatThrownBy(() -> register(aDossier().with("producerType", "ASSOCIATION").with("productSet", "8")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("chỉ được tham gia với sản phẩm dịch vụ du lịch").hasMessageContaining("Điều 2 khoản 3");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("productEvaluation").count())
        .isEqualTo(before);
  }

  /** Art. 2.3 QĐ 26/2026/QĐ-TTg: associations with community or eco-tourism services are eligible. */
  @Test
  void anAssociationRegisteringATourismServiceIsReceived() {
    ProcessInstance pi = register(aDossier().with("producerType", "ASSOCIATION").with("productSet", "26"));
    assertThat(pi).isWaitingAt("Task_CommuneReview");
  }

  /** Art. 2.3 QĐ 26/2026/QĐ-TTg: farms and households take part with a business registration. */
  @Test
  void aHouseholdWithoutBusinessRegistrationIsRefusedAtRegistration() {
    Assertions.assertThatThrownBy(() -> register(aDossier().with("producerType", "HOUSEHOLD")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Hộ sản xuất chưa có đăng ký kinh doanh");
    assertThat(register(aDossier().with("producerType", "HOUSEHOLD").with("hasBusinessRegistration", true)))
        .isWaitingAt("Task_CommuneReview");
  }

  /** Art. 2.3 QĐ 26/2026/QĐ-TTg with Art. 5 Decree 80/2021/NĐ-CP: only small and medium enterprises. */
  @Test
  void aFirmAboveTheMediumLimitsOrWithoutItsSizeIsRefusedAtRegistration() {
    Assertions.assertThatThrownBy(() -> register(aDossier().with("producerType", "SME")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Doanh nghiệp phải khai «Lĩnh vực hoạt động»");
    Assertions.assertThatThrownBy(() -> register(aDossier().with("producerType", "SME")
            .with("sector", "AGRICULTURE_INDUSTRY_CONSTRUCTION").with("insuredEmployees", 450)
            .with("annualRevenueBillionVnd", 900).with("totalCapitalBillionVnd", 400)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("không thuộc loại nhỏ và vừa");
    assertThat(register(aDossier().with("producerType", "SME").with("sector", "AGRICULTURE_INDUSTRY_CONSTRUCTION")
        .with("insuredEmployees", 25).with("annualRevenueBillionVnd", 12.5).with("totalCapitalBillionVnd", 8)))
        .isWaitingAt("Task_CommuneReview");
  }

  @Test
  void aRegistrationDatedInTheFutureIsRefused() {
    Assertions.assertThatThrownBy(() -> register(aDossier().receivedOn(LocalDate.now().plusDays(3).toString())))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("không được sau ngày hôm nay");
  }

  @Test
  void whenTheRoundDeadlinePassesBeforeTheCouncilMeetsItIsReportedAndTheTaskStaysOpen() {
    ProcessInstance pi = register(aDossier());
    communeProposes(pi);
    provinceAccepts(pi);
    assertThat(pi).isWaitingAt("Task_ConveneCouncil");
    Assertions.assertThat(job(pi).getDuedate()).isEqualTo((java.util.Date) runtimeService.getVariable(pi.getId(), "roundDeadline"));
    execute(job(pi));
    assertThat(pi).hasPassed("EndEvent_RoundOverdueReported").isWaitingAt("Task_ConveneCouncil");
    Assertions.assertThat(timeline.ofDossier(dossierId(pi))).extracting(TimelineEntry::kind).contains("ROUND_OVERDUE");
  }
}
