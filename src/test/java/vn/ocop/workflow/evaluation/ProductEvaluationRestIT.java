package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.certificate.CertificateRow;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * A dossier from registration to certificate on PostgreSQL, every step taken by the demo user whose
 * job it is, over the REST API that Tasklist uses, with authorizations on: each one finds the task
 * under their own login, nobody else does, and the submissions look exactly like Tasklist's.
 */
@SharedPostgresTest
class ProductEvaluationRestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo";

  @LocalServerPort int port;
  @Autowired CriteriaCatalog criteria;
  @Autowired CertificateMapper certificates;


  TestHttp http() {
    return new TestHttp(port);
  }

  TasklistClient tasklist() {
    return new TasklistClient(port);
  }

  JsonNode get(String path, String user) {
    return tasklist().get(path, user);
  }

  static String submission(Map<String, Object> values) {
    return TasklistClient.submission(values);
  }

  JsonNode tasks(String user, String processInstanceId) {
    return get("/engine-rest/task?processInstanceId=" + processInstanceId, user);
  }

  String onlyTask(String user, String processInstanceId, String taskKey) {
    return tasklist().onlyTask(user, taskKey, processInstanceId);
  }

  void submit(String user, String taskId, Map<String, Object> values) {
    tasklist().submit(user, taskId, values);
  }

  @Test
  void eachOfficerAndCouncilMemberDoesTheirStepUnderTheirOwnLoginUntilTheCertificateIsIssued() throws Exception {
    // The commune officer opens the start form and registers the dossier.
    JsonNode startForm = get("/engine-rest/process-definition/key/productEvaluation/startForm", "xatamtien");
    assertThat(startForm.path("camundaFormRef").path("key").asText()).isEqualTo("dossierRegistration");
    assertThat(http().get("/engine-rest/process-definition/key/productEvaluation/deployed-start-form", "xatamtien", PASSWORD).body())
        .contains("Phiếu đăng ký đánh giá");
    HttpResponse<String> started = http().post("/engine-rest/process-definition/key/productEvaluation/submit-form",
        submission(Map.ofEntries(Map.entry("dossierType", "FIRST"), Map.entry("producerName", "HTX Gà đồi Tam Tiến"),
            Map.entry("producerType", "HTX"), Map.entry("representativeName", "Nguyễn Văn Bình"),
            Map.entry("producerAddress", "Xã Tam Tiến, huyện Yên Thế"), Map.entry("producerPhone", "0912345678"),
            Map.entry("productName", "Chả gà Yên Thế"), Map.entry("productSet", "8"), Map.entry("sampleCount", 5))),
        "xatamtien", PASSWORD);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String pi = JSON.readTree(started.body()).path("id").asText();

    // Only the officers of Xã Tam Tiến see the review; another commune's officer and the province do not.
    String review = onlyTask("xatamtien", pi, "Task_CommuneReview");
    assertThat(tasks("xadongtam", pi)).isEmpty();
    assertThat(tasks("tinhbacgiang", pi)).isEmpty();
    assertThat(http().get("/engine-rest/task/" + review + "/form-variables", "xadongtam", PASSWORD).statusCode())
        .isEqualTo(403);

    // In Tasklist, the filter "Việc của đơn vị tôi" lists it for that officer and not for the other commune.
    JsonNode filters = get("/engine-rest/filter?resourceType=Task&name=" + java.net.URLEncoder.encode(
        "Việc của đơn vị tôi", java.nio.charset.StandardCharsets.UTF_8), "xatamtien");
    String filter = filters.get(0).path("id").asText();
    assertThat(get("/engine-rest/filter/" + filter + "/list", "xatamtien").findValuesAsText("id")).contains(review);
    assertThat(get("/engine-rest/filter/" + filter + "/list", "xadongtam").findValuesAsText("id")).doesNotContain(review);

    // The supervisor watches every unit's instances (Cockpit's diagram counts them per activity).
    assertThat(get("/engine-rest/process-instance?processDefinitionKey=productEvaluation", "giamsat").findValuesAsText("id"))
        .contains(pi);
    assertThat(get("/engine-rest/process-definition/key/productEvaluation/statistics", "giamsat").findValuesAsText("id"))
        .contains("Task_CommuneReview");
    // Officers do not list instances at all: not an operation of theirs (docs/security.md, engine operations).
    assertThat(http().get("/engine-rest/process-instance?processDefinitionKey=productEvaluation", "xadongtam", PASSWORD)
        .statusCode()).isEqualTo(403);

    // A refused submission changes nothing.
    HttpResponse<String> refused = http().post("/engine-rest/task/" + review + "/submit-form",
        submission(Map.of("dossierComplete", "false")), "xatamtien", PASSWORD);
    assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(refused.body()).contains("Lý do trả hồ sơ");
    assertThat(onlyTask("xatamtien", pi, "Task_CommuneReview")).isEqualTo(review);

    submit("xatamtien", review, Map.of("dossierComplete", "true",
        "localOriginAssessment", "Gà đồi nuôi tại xã", "localLabourAssessment", "12 lao động địa phương",
        "ideaOriginAssessment", "Ý tưởng của HTX", "localIdentityAssessment", "Công thức truyền thống"));

    // The province checks the dossier and convenes the council from the members offered to it.
    submit("tinhbacgiang", onlyTask("tinhbacgiang", pi, "Task_ProvinceCheck"), Map.of("provinceDossierComplete", "true"));
    String convene = onlyTask("tinhbacgiang", pi, "Task_ConveneCouncil");
    // as Tasklist loads them: serialized, with Json values parsed for the checklist's options (valuesKey)
    JsonNode formVariables = get("/engine-rest/task/" + convene + "/form-variables?deserializeValues=false", "tinhbacgiang");
    JsonNode options = JSON.readTree(formVariables.path("availableCouncilMembers").path("value").asText());
    assertThat(options).hasSizeGreaterThanOrEqualTo(7);
    assertThat(options.findValuesAsText("value")).contains("hoidong1", "hoidong7");
    assertThat(options.findValuesAsText("label")).as("members by name, not by account").noneMatch(l -> l.contains("hoidong"));
    submit("tinhbacgiang", convene, Map.of(
        "councilMembers", JSON.readTree("[\"hoidong1\",\"hoidong2\",\"hoidong3\",\"hoidong4\"]"),
        "councilChair", "hoidong1"));

    // Each member finds exactly their own sheet, for the product's criteria set, and scores it.
    for (String member : new String[] {"hoidong1", "hoidong2", "hoidong3", "hoidong4"}) {
      String sheet = onlyTask(member, pi, "Task_ScoreProduct");
      assertThat(http().get("/engine-rest/task/" + sheet + "/deployed-form", member, PASSWORD).body())
          .contains("\"id\" : \"scoreSheet08\"");
      Map<String, Object> values = new java.util.HashMap<>();
      values.put("memberAbsent", false);
      values.put("disqualifiedOpinion", false);
      values.put("scoreSheet", JSON.readTree(ScoreSheetAnswers.on(criteria.get(8)).total(76).asSubmission()
          .getValueTyped("scoreSheet").getValue().toString()));
      submit(member, sheet, values);
    }
    assertThat(tasks("hoidong5", pi)).isEmpty();

    // The province records the chair's recognition; the certificate is issued.
    submit("tinhbacgiang", onlyTask("tinhbacgiang", pi, "Task_ProvinceRecognition"),
        Map.of("recognitionDecisionNumber", "215/QĐ-UBND", "recognitionDate", LocalDate.now().toString()));
    JsonNode certificateNumber = get("/engine-rest/history/variable-instance?processInstanceId=" + pi
        + "&variableName=certificateNumber", "admin");
    CertificateRow certificate = certificates.selectByNumber(certificateNumber.get(0).path("value").asText());
    assertThat(certificate.stars).isEqualTo(4);
    assertThat(certificate.validUntil).isEqualTo(LocalDate.now().plusMonths(36));
    assertThat(get("/engine-rest/history/process-instance/" + pi, "admin").path("state").asText()).isEqualTo("COMPLETED");

    // Anyone can now verify it, without a login.
    String productCode = get("/engine-rest/history/variable-instance?processInstanceId=" + pi
        + "&variableName=productCode", "admin").get(0).path("value").asText();
    JsonNode verified = TasklistClient.read(http().get("/api/public/certificates/" + productCode).body());
    assertThat(verified.path("certificateNumber").asText()).isEqualTo(certificate.certificateNumber);
    assertThat(verified.path("status").asText()).isEqualTo("VALID");
    assertThat(verified.path("stars").asInt()).isEqualTo(4);
    assertThat(http().get("/api/public/certificates/" + productCode + "/qr.png").statusCode()).isEqualTo(200);
  }
}
