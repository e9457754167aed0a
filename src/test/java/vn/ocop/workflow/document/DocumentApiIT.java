package vn.ocop.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * The documents of a dossier on PostgreSQL with the demo users: uploaded by the commune, read by the province
 * and the council member who scores the product, refused to everyone else; wrong files refused with nothing
 * stored; a missing required document blocking the step that needs it (QĐ 26/2026/QĐ-TTg Art. 6, 7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ocop.documents.required-at-steps=true", "ocop.documents.max-bytes=200000",
        "spring.servlet.multipart.max-file-size=300KB", "spring.servlet.multipart.max-request-size=310KB"})
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DocumentApiIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Documents documents;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "ocop_documents");
  }

  ProcessInstance dossierIn(String commune) {
    return engine.getRuntimeService().startProcessInstanceByKey("productEvaluation", aDossier().inCommune(commune).build());
  }

  long productOf(ProcessInstance instance) {
    return ((Number) engine.getRuntimeService().getVariable(instance.getId(), "productId")).longValue();
  }

  Task taskOf(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  static String documentsOf(long productId) {
    return "/api/products/" + productId + "/documents";
  }

  int stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ocop_document", Integer.class)
        + jdbc.queryForObject("SELECT COUNT(*) FROM ocop_document_content", Integer.class);
  }

  static Map<String, Object> communeProposes() {
    return Variables.putValue("dossierComplete", "true")
        .putValue("localOriginAssessment", "Nguyên liệu tại xã").putValue("localLabourAssessment", "Lao động tại xã")
        .putValue("ideaOriginAssessment", "Ý tưởng của HTX").putValue("localIdentityAssessment", "Công thức truyền thống");
  }

  @Test
  void theCommuneUploadsAPdfAndReadsItBackInItsChecklist() {
    long product = productOf(dossierIn("07201"));
    TestHttp http = new TestHttp(port);
    byte[] pdf = TestFiles.pdf("Mau 01");
    HttpResponse<String> upload = http.uploadDocument(documentsOf(product), "REGISTRATION_FORM", "Mẫu 01.pdf", pdf,
        "xatamtien", "demo", false);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    JsonNode document = TasklistClient.read(upload.body());
    assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(document.get("fileName").asText()).isEqualTo("Mẫu 01.pdf");

    JsonNode dossier = TasklistClient.read(http.get(documentsOf(product), "xatamtien", "demo").body());
    assertThat(dossier.get("canUpload").asBoolean()).isTrue();
    assertThat(dossier.get("complete").asBoolean()).isFalse();
    JsonNode registration = dossier.get("checklist").get(0);
    assertThat(registration.get("kind").asText()).isEqualTo("REGISTRATION_FORM");
    assertThat(registration.get("required").asBoolean()).isTrue();
    assertThat(registration.get("present").asBoolean()).isTrue();
    assertThat(dossier.get("checklist").get(1).get("present").asBoolean()).isFalse();
    JsonNode story = dossier.get("timeline").get(dossier.get("timeline").size() - 1);
    assertThat(story.get("text").asText())
        .isEqualTo("Thêm tài liệu «Phiếu đăng ký đánh giá, phân hạng (Mẫu số 01)»: Mẫu 01.pdf");
    assertThat(story.get("author").asText()).isEqualTo("xatamtien");

    HttpResponse<byte[]> content = http.getBytes(document.get("url").asText(), "tinhbacgiang", "demo");
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(pdf);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(content.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void anotherCommuneGetsNothingNotEvenByTheDocumentsId() {
    long product = productOf(dossierIn("07201"));
    long other = productOf(dossierIn("07204"));
    TestHttp http = new TestHttp(port);
    JsonNode document = TasklistClient.read(http.uploadDocument(documentsOf(product), "REGISTRATION_FORM", "mau01.pdf",
        TestFiles.pdf("Tam Tien"), "xatamtien", "demo", false).body());
    int before = stored();

    assertThat(http.get(documentsOf(product), "xadongtam", "demo").statusCode()).isEqualTo(404);
    assertThat(http.getBytes(document.get("url").asText(), "xadongtam", "demo").statusCode()).isEqualTo(404);
    assertThat(http.getBytes(documentsOf(other) + "/" + document.get("id").asText() + "/content", "xadongtam", "demo")
        .statusCode()).as("own product, another commune's document id").isEqualTo(404);
    assertThat(http.uploadDocument(documentsOf(product), "OTHER", "x.pdf", TestFiles.pdf("x"), "xadongtam", "demo",
        false).statusCode()).isEqualTo(404);
    assertThat(http.get(documentsOf(product), "biensoan", "demo").statusCode()).isEqualTo(404);
    assertThat(http.get(documentsOf(product), null, null).statusCode()).isEqualTo(401);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aProgramNamedPdfIsRefusedWithAVietnameseReasonAndNothingStored() {
    long product = productOf(dossierIn("07201"));
    int before = stored();
    HttpResponse<String> refused = new TestHttp(port).uploadDocument(documentsOf(product), "REGISTRATION_FORM",
        "mau01.pdf", TestFiles.exe(), "xatamtien", "demo", false);
    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(TasklistClient.read(refused.body()).get("message").asText()).isEqualTo(ContentTypes.REFUSAL);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithAVietnameseReasonAndNothingStored() {
    long product = productOf(dossierIn("07201"));
    int before = stored();
    byte[] large = TestFiles.pdf("x".repeat(250_000));
    HttpResponse<String> refused = new TestHttp(port).uploadDocument(documentsOf(product), "REGISTRATION_FORM",
        "mau01.pdf", large, "xatamtien", "demo", false);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(TasklistClient.read(refused.body()).get("message").asText()).startsWith("Tệp quá lớn");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aBodyOverTheServletsMultipartLimitGetsTheSameVietnameseRefusal() {
    long product = productOf(dossierIn("07201"));
    int before = stored();
    HttpResponse<String> refused = new TestHttp(port).uploadDocument(documentsOf(product), "REGISTRATION_FORM",
        "mau01.pdf", TestFiles.pdf("x".repeat(400_000)), "xatamtien", "demo", false);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(TasklistClient.read(refused.body()).get("message").asText()).startsWith("Tệp quá lớn");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void tasklistsSessionUploadsOnlyWithItsXsrfToken() {
    long product = productOf(dossierIn("07201"));
    TestHttp session = new TestHttp(port);
    assertThat(session.webappLogin("tasklist", "xatamtien", "demo").statusCode()).isEqualTo(200);
    assertThat(session.get(documentsOf(product)).statusCode()).isEqualTo(200);
    HttpResponse<String> withoutToken = session.uploadDocument(documentsOf(product), "LABEL_PHOTO", "nhan.png",
        TestFiles.png(), null, null, false);
    assertThat(withoutToken.statusCode()).as(withoutToken.body()).isEqualTo(403);
    HttpResponse<String> withToken = session.uploadDocument(documentsOf(product), "LABEL_PHOTO", "nhan.png",
        TestFiles.png(), null, null, true);
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
  }

  @Test
  void theCommuneCannotProposeAProductWhoseRequiredDocumentsAreMissing() {
    ProcessInstance instance = dossierIn("07201");
    long product = productOf(instance);
    documents.upload(product, "REGISTRATION_FORM", "mau01.pdf", TestFiles.pdf("01"), "xatamtien");
    String task = taskOf(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(task, communeProposes()))
        .hasMessageContaining("Hồ sơ còn thiếu tài liệu bắt buộc: Báo cáo tự đánh giá về sản phẩm (Mẫu số 02)");
    assertThat(taskOf(instance).getId()).isEqualTo(task);

    documents.upload(product, "SELF_ASSESSMENT", "mau02.docx", TestFiles.docx(), "xatamtien");
    engine.getTaskService().complete(task, communeProposes());
    assertThat(taskOf(instance).getTaskDefinitionKey()).isEqualTo("Task_ProvinceCheck");

    String check = taskOf(instance).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(check,
        Variables.putValue("provinceDossierComplete", "true")))
        .hasMessageContaining("Văn bản của UBND cấp xã đề nghị đánh giá, phân hạng")
        .hasMessageContaining("Mẫu số 03");
  }

  @Test
  void returningTheDossierForASupplementIsNeverBlocked() {
    ProcessInstance instance = dossierIn("07201");
    engine.getTaskService().complete(taskOf(instance).getId(), Variables.putValue("dossierComplete", "false")
        .putValue("returnReason", "Thiếu Mẫu 01 và Mẫu 02"));
    assertThat(taskOf(instance).getTaskDefinitionKey()).isEqualTo("Task_ReceiveCommuneSupplement");
  }

  @Test
  void theCouncilMemberReadsTheProductTheyScoreAndAddsNothing() {
    ProcessInstance instance = dossierIn("07201");
    long product = productOf(instance);
    for (String kind : List.of("REGISTRATION_FORM", "SELF_ASSESSMENT", "COMMUNE_PROPOSAL", "COMMUNE_REPORT")) {
      documents.upload(product, kind, kind + ".pdf", TestFiles.pdf(kind), "xatamtien");
    }
    var tasks = engine.getTaskService();
    tasks.complete(taskOf(instance).getId(), communeProposes());
    tasks.complete(taskOf(instance).getId(), Variables.putValue("provinceDossierComplete", "true"));
    tasks.complete(taskOf(instance).getId(), Variables.createVariables()
        .putValueTyped("councilMembers", SpinValues.jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\"]").create())
        .putValue("councilChair", "hoidong1"));
    long unscored = productOf(dossierIn("07201"));
    TestHttp http = new TestHttp(port);

    JsonNode dossier = TasklistClient.read(http.get(documentsOf(product), "hoidong1", "demo").body());
    assertThat(dossier.get("canUpload").asBoolean()).isFalse();
    assertThat(dossier.get("complete").asBoolean()).isTrue();
    assertThat(http.get(documentsOf(unscored), "hoidong1", "demo").statusCode()).isEqualTo(404);
    assertThat(http.uploadDocument(documentsOf(product), "OTHER", "x.pdf", TestFiles.pdf("x"), "hoidong1", "demo",
        false).statusCode()).isEqualTo(403);
    assertThat(http.get(documentsOf(product), "giamsat", "demo").statusCode()).isEqualTo(200);
    assertThat(http.uploadDocument(documentsOf(product), "OTHER", "x.pdf", TestFiles.pdf("x"), "giamsat", "demo",
        false).statusCode()).isEqualTo(403);
  }

  @Test
  void aFailureBetweenTheBytesAndTheRowLeavesNeitherBehind() {
    int before = stored();
    assertThatThrownBy(() -> documents.upload(Long.MAX_VALUE, "REGISTRATION_FORM", "mau01.pdf", TestFiles.pdf("01"),
        "xatamtien")).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    assertThat(stored()).as("the bytes written before the row failed are rolled back with it").isEqualTo(before);
  }
}
