package vn.ocop.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.product.ProductStage;
import vn.ocop.workflow.product.ProductStages;
import vn.ocop.workflow.testsupport.StoredProduct;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestPostgres;

/** The dashboard's numbers, lists, export and refusals, on PostgreSQL, against rows stored by the test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

  static final LocalDate TODAY = LocalDate.now();

  @LocalServerPort int port;
  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired ProductStages stages;
  @Autowired CertificateMapper certificates;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "ocop_dashboard");
  }

  @BeforeAll
  void programme() {
    stage("Mật ong Tam Tiến", "07201", 1, ProductStage.IDEA);
    stage("Chè Tam Tiến", "07201", 14, ProductStage.IDEA);
    stage("Gạo Đồng Tâm", "07204", 2, ProductStage.BUSINESS_PLAN);
    StoredProduct ruou = StoredProduct.store(products, dossiers, "Rượu Đồng Tâm", "24-07204-009-2026", "07204", 15,
        TODAY.minusMonths(2));
    ruou.certificate(certificates, "OCOP-T-DB-1", 4, TODAY.minusMonths(36).plusDays(20), "VALID");   // ends in ~20 days
    StoredProduct vai = StoredProduct.store(products, dossiers, "Vải Tam Tiến", "24-07201-009-2026", "07201", 8,
        TODAY.minusMonths(2));
    vai.certificate(certificates, "OCOP-T-DB-2", 3, TODAY.minusDays(10), "VALID");
    task("commune07201", "Task_ReviewIdea", -2);
    task("commune07201", "Task_ReviewIdea", 1);
    task("district215", "Task_ReviewPlan", 2);
    task("commune07204", "Task_ReviewIdea", 10);    // not due within 3 days
    councilMemberTask(-1);
    // last year's rounds (Art. 5): two dossiers for the province's, two proposed to the Ministry
    int year = TODAY.getYear() - 1;
    long proposedLate = dossier(ruou, LocalDate.of(year, 4, 20), "AT_PROVINCE");
    dossiers.updateProposedOn(proposedLate, LocalDate.of(year, 5, 5));
    dossier(vai, LocalDate.of(year, 4, 10), "AT_COMMUNE");
    long fiveStars = dossier(ruou, LocalDate.of(year, 11, 2), "AT_PROVINCE");
    dossiers.updateProposedOn(fiveStars, LocalDate.of(year, 11, 3));
    dossiers.updateMinistryProposedOn(fiveStars, LocalDate.of(year, 8, 3));
    dossiers.updateDossierOutcome(fiveStars, "CERTIFIED", null, 5);
    long waiting = dossier(vai, LocalDate.of(year, 11, 4), "AT_PROVINCE");
    dossiers.updateProposedOn(waiting, LocalDate.of(year, 11, 5));
    dossiers.updateMinistryProposedOn(waiting, LocalDate.of(year, 7, 1));
  }

  /** Another dossier of a stored product, received on {@code receivedOn}. */
  long dossier(StoredProduct product, LocalDate receivedOn, String status) {
    vn.ocop.workflow.dossier.DossierRow dossier = new vn.ocop.workflow.dossier.DossierRow();
    dossier.productId = product.productId();
    dossier.dossierType = "FIRST";
    dossier.receivedOn = receivedOn;
    dossier.status = status;
    dossier.createdAt = java.time.LocalDateTime.now();
    dossier.updatedAt = dossier.createdAt;
    dossiers.insertDossier(dossier);
    return dossier.id;
  }

  /** A council member's score sheet: assigned to them, offered to no unit. */
  void councilMemberTask(int dueInDays) {
    String process = "dashboardTest_councilMember";
    BpmnModelInstance model = Bpmn.createExecutableProcess(process).camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_ScoreTest").name("Chấm điểm (thử)").camundaAssignee("hoidong1")
        .camundaDueDate("${due}").endEvent().done();
    repositoryService.createDeployment().addModelInstance(process + ".bpmn", model).deploy();
    runtimeService.startProcessInstanceByKey(process,
        Map.of("due", new Date(System.currentTimeMillis() + dueInDays * 86_400_000L - 60_000L)));
  }

  void stage(String name, String commune, int set, ProductStage stage) {
    StoredProduct product = StoredProduct.store(products, dossiers, name, null, commune, set, TODAY.minusDays(5));
    stages.set(product.productId(), stage);
  }

  /** A one-task process offered to {@code group}, due in {@code dueInDays} days (minus a minute). */
  void task(String group, String key, int dueInDays) {
    String process = "dashboardTest_" + key + "_" + group;
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(process).count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(process).camundaHistoryTimeToLive(1)
          .startEvent().userTask(key).name(key.equals("Task_ReviewIdea") ? "Xem xét ý tưởng" : "Xem xét phương án")
          .camundaCandidateGroups(group).camundaDueDate("${due}").endEvent().done();
      repositoryService.createDeployment().addModelInstance(process + ".bpmn", model).deploy();
    }
    runtimeService.startProcessInstanceByKey(process,
        Map.of("due", new Date(System.currentTimeMillis() + dueInDays * 86_400_000L - 60_000L)));
  }

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  HttpResponse<byte[]> get(String path, String user) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
      if (user != null) {
        request.header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
      }
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode view(String path) {
    HttpResponse<byte[]> response = get("/api/dashboard/views/" + path, "giamsat");
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return TasklistClient.read(new String(response.body(), StandardCharsets.UTF_8));
  }

  static JsonNode row(JsonNode table, String first, int column) {
    for (JsonNode row : table.path("rows")) {
      if (row.path(column).asText().equals(first)) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " in " + table);
  }

  static int column(JsonNode table, String header) {
    for (int i = 0; i < table.path("headers").size(); i++) {
      if (table.path("headers").path(i).asText().equals(header)) {
        return i;
      }
    }
    throw new AssertionError("no column " + header + " in " + table.path("headers"));
  }

  @Test
  void productsAreCountedByStageAndCommuneWithTheirList() {
    JsonNode table = view("stages").path("tables").path(0);
    JsonNode tamTien = row(table, "Xã Tam Tiến", 1);
    JsonNode idea = tamTien.path(column(table, "Xét chọn ý tưởng"));
    assertThat(idea.path("value").asLong()).isEqualTo(2);
    assertThat(idea.path("list").asText()).isEqualTo("products?stage=IDEA&commune=07201");
    assertThat(row(table, "Xã Đồng Tâm", 1).path(column(table, "Xét phương án kinh doanh")).path("value").asLong())
        .isEqualTo(1);
    // three products of the cycle and the two registered for evaluation directly
    assertThat(row(table, "Toàn tỉnh", 0).path(column(table, "Tổng")).asLong()).isEqualTo(5);

    JsonNode list = view("products?stage=IDEA&commune=07201").path("tables").path(0);
    assertThat(list.path("rows")).hasSize(2);
    JsonNode first = list.path("rows").path(0);
    assertThat(first.path(0).asText()).isIn("Mật ong Tam Tiến", "Chè Tam Tiến");
    assertThat(first.path(1).asText()).startsWith("Chủ thể của ");
    assertThat(first.path(2).asText()).isEqualTo("Xã Tam Tiến");
    assertThat(first.path(4).asText()).isEqualTo("Xét chọn ý tưởng");
    assertThat(first.path(5).asLong()).isZero();
  }

  @Test
  void productsRegisteredForEvaluationDirectlyHaveAColumnOfTheirOwnAndTheirList() {
    JsonNode table = view("stages").path("tables").path(0);
    int direct = column(table, "Đăng ký đánh giá trực tiếp (không qua chu trình)");
    assertThat(direct).as("after the cycle's stages, before the total").isEqualTo(table.path("headers").size() - 2);
    JsonNode tamTien = row(table, "Xã Tam Tiến", 1).path(direct);
    assertThat(tamTien.path("value").asLong()).isEqualTo(1);
    assertThat(tamTien.path("list").asText()).isEqualTo("products?stage=NONE&commune=07201");
    assertThat(row(table, "Xã Đồng Tâm", 1).path(direct).path("value").asLong()).isEqualTo(1);
    assertThat(row(table, "Toàn tỉnh", 0).path(direct).path("list").asText()).isEqualTo("products?stage=NONE");
    JsonNode chart = view("stages").path("tables").path(1);
    assertThat(row(chart, "Đăng ký đánh giá trực tiếp (không qua chu trình)", 0).path(1).asLong()).isEqualTo(2);

    JsonNode list = view("products?stage=NONE&commune=07201").path("tables").path(0);
    assertThat(list.path("title").asText())
        .isEqualTo("Sản phẩm đăng ký đánh giá trực tiếp (không qua chu trình) (Xã Tam Tiến)");
    assertThat(list.path("rows")).hasSize(1);
    assertThat(list.path("rows").path(0).path(0).asText()).isEqualTo("Vải Tam Tiến");
    assertThat(list.path("rows").path(0).path(4).asText()).isEqualTo("Đăng ký đánh giá trực tiếp (không qua chu trình)");
    assertThat(view("products?stage=NONE").path("tables").path(0).path("rows")).hasSize(2);
  }

  @Test
  void overdueAndDueSoonTasksAreCountedByUnitMostOverdueFirstWithTheProvincesTotal() {
    JsonNode table = view("tasks").path("tables").path(0);
    JsonNode first = table.path("rows").path(0);
    assertThat(first.path(0).asText()).as("most overdue first").isEqualTo("Xã Tam Tiến");
    assertThat(first.path(1).path("value").asLong()).isEqualTo(1);
    assertThat(first.path(2).path("value").asLong()).isEqualTo(1);
    assertThat(first.path(1).path("list").asText()).isEqualTo("tasks-list?due=overdue&group=commune07201");
    assertThat(first.path(3).path("list").asText()).isEqualTo("tasks-unit?group=commune07201");
    JsonNode council = row(table, "Thành viên hội đồng (phiếu được giao)", 0);
    assertThat(council.path(1).path("value").asLong()).isEqualTo(1);
    JsonNode total = table.path("rows").path(table.path("rows").size() - 1);
    assertThat(total.path(0).asText()).isEqualTo("Toàn tỉnh");
    assertThat(total.path(1).path("value").asLong()).isEqualTo(2);
    assertThat(total.path(2).path("value").asLong()).isEqualTo(2);
    assertThat(table.path("title").asText()).contains("3 đơn vị");
    assertThat(table.toString()).doesNotContain("Xã Đồng Tâm");

    JsonNode overdue = view("tasks-list?due=overdue&group=commune07201").path("tables").path(0);
    assertThat(overdue.path("rows")).hasSize(1);
    assertThat(overdue.path("rows").path(0).path(4).asLong()).isEqualTo(2);
  }

  @Test
  void theProvincesDueWorkIsCountedByStepEachTaskOnce() {
    JsonNode steps = view("tasks").path("tables").path(1);
    JsonNode review = row(steps, "Xem xét ý tưởng", 0);
    assertThat(review.path(1).path("value").asLong()).isEqualTo(1);
    assertThat(review.path(2).path("value").asLong()).isEqualTo(1);
    assertThat(review.path(1).path("list").asText()).isEqualTo("tasks-list?due=overdue&taskKey=Task_ReviewIdea");
    assertThat(row(steps, "Xem xét phương án", 0).path(2).path("value").asLong()).isEqualTo(1);
    assertThat(row(steps, "Chấm điểm (thử)", 0).path(1).path("value").asLong()).isEqualTo(1);
  }

  @Test
  void aUnitsDueWorkOpensByStepAndEachStepOpensItsTasks() {
    JsonNode table = view("tasks-unit?group=commune07201").path("tables").path(0);
    assertThat(table.path("title").asText()).isEqualTo("Việc quá hạn và sắp đến hạn: Xã Tam Tiến, theo bước");
    JsonNode review = row(table, "Xem xét ý tưởng", 0);
    assertThat(review.path(1).path("list").asText())
        .isEqualTo("tasks-list?due=overdue&group=commune07201&taskKey=Task_ReviewIdea");
    JsonNode list = view(review.path(2).path("list").asText()).path("tables").path(0);
    assertThat(list.path("rows")).hasSize(1);
    assertThat(list.path("rows").path(0).path(2).asText()).isEqualTo("Xã Tam Tiến");

    JsonNode council = view("tasks-unit?group=").path("tables").path(0);
    assertThat(row(council, "Chấm điểm (thử)", 0).path(1).path("list").asText())
        .isEqualTo("tasks-list?due=overdue&group=&taskKey=Task_ScoreTest");
    assertThat(get("/api/dashboard/views/tasks-unit", "giamsat").statusCode()).isEqualTo(400);
  }

  @Test
  void theTasksExportHoldsEveryUnitAndStep() throws IOException {
    HttpResponse<byte[]> response = get("/api/dashboard/export/tasks", "giamsat");
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> parts = workbook(response.body());
    assertThat(parts).containsKeys("xl/worksheets/sheet3.xml");
    assertThat(unescape(parts.get("xl/sharedStrings.xml")))
        .contains("Mọi đơn vị và bước có việc quá hạn hoặc sắp đến hạn", "Huyện Yên Thế", "Xem xét phương án");
  }

  @Test
  void theProvincesRoundsGoByTheDayTheCommuneProposedWhereOneIsRecorded() {
    int year = TODAY.getYear() - 1;
    JsonNode table = view("rounds").path("tables").path(0);
    // received 20/4, proposed 5/5: round 2, not round 1
    JsonNode second = row(table, "Đợt 2 năm " + year, 0);
    assertThat(second.path(4).asLong()).isEqualTo(1);
    assertThat(second.path(7).asLong()).as("placed by receipt").isZero();
    assertThat(second.path(1).asText()).isEqualTo(year + "-10-30");
    // received 10/4, no proposal recorded: by the day received
    JsonNode first = row(table, "Đợt 1 năm " + year, 0);
    assertThat(first.path(4).asLong()).isEqualTo(1);
    assertThat(first.path(7).asLong()).isEqualTo(1);
    assertThat(first.path(8).asText()).isEqualTo("Quá hạn");
  }

  @Test
  void theMinistrysFiveStarRoundsShowTheDossiersTheProvinceProposedAndWhatBecameOfThem() {
    int year = TODAY.getYear() - 1;
    JsonNode tables = view("rounds").path("tables");
    JsonNode rounds = tables.path(1);
    JsonNode first = row(rounds, "Đợt 1 cấp trung ương năm " + year, 0);
    assertThat(first.path(1).asText()).isEqualTo(year + "-07-30");
    assertThat(first.path(2).asText()).isEqualTo(year + "-09-30");
    assertThat(first.path(4).asLong()).as("proposed").isEqualTo(1);
    assertThat(first.path(column(rounds, "Chờ kết quả của Bộ")).asLong()).isEqualTo(1);
    assertThat(first.path(column(rounds, "Tình trạng")).asText()).isEqualTo("Quá hạn");
    JsonNode second = row(rounds, "Đợt 2 cấp trung ương năm " + year, 0);
    assertThat(second.path(column(rounds, "Bộ công nhận 5 sao")).asLong()).isEqualTo(1);
    assertThat(second.path(column(rounds, "Tình trạng")).asText()).isEqualTo("Đã xong");
    String current = vn.ocop.workflow.evaluation.EvaluationRounds.centralRound(TODAY).name();
    assertThat(row(rounds, current, 0).path(4).asLong()).isZero();

    JsonNode list = tables.path(2);
    assertThat(list.path("rows")).hasSize(2);
    JsonNode fiveStars = row(list, "Rượu Đồng Tâm", 0);
    assertThat(fiveStars.path(1).asText()).isEqualTo("Xã Đồng Tâm");
    assertThat(fiveStars.path(2).asText()).isEqualTo(year + "-08-03");
    assertThat(fiveStars.path(4).asText()).isEqualTo("Bộ công nhận 5 sao");
    assertThat(row(list, "Vải Tam Tiến", 0).path(4).asText()).isEqualTo("Chờ kết quả của Bộ");
  }

  @Test
  void certificatesExpiringAreListedWithTheirReEvaluation() {
    JsonNode tables = view("certificates").path("tables");
    assertThat(row(tables.path(0), "Còn hiệu lực", 0).path(1).asLong()).isEqualTo(2);
    assertThat(row(tables.path(1), "Trong 30 ngày", 0).path(1).asLong()).isEqualTo(1);
    assertThat(row(tables.path(1), "Trong 180 ngày", 0).path(1).asLong()).isEqualTo(1);
    JsonNode expiring = tables.path(2).path("rows");
    assertThat(expiring).hasSize(1);
    assertThat(expiring.path(0).path(0).asText()).isEqualTo("OCOP-T-DB-1");
    assertThat(expiring.path(0).path(7).asText()).isEqualTo("Chưa có sự kiện");
  }

  @Test
  void starsAreCountedByGroupSetAndCommuneForTheYear() {
    JsonNode tables = view("stars?year=" + TODAY.minusDays(10).getYear()).path("tables");
    JsonNode food = row(tables.path(0), "Thực phẩm", 0);
    assertThat(food.path(1).asLong()).as("3 stars").isEqualTo(1);
    assertThat(tables.path(1).path("rows")).hasSize(26);
    assertThat(row(tables.path(1), "8", 0).path(2).asLong()).isEqualTo(1);
    assertThat(row(tables.path(2), "Xã Tam Tiến", 1).path(5).asLong()).isEqualTo(1);
  }

  @Test
  void theCurrentRoundIsShownAgainstItsDeadline() {
    JsonNode rows = view("rounds").path("tables").path(0).path("rows");
    String current = vn.ocop.workflow.evaluation.EvaluationRounds.provinceRound(TODAY).name();
    boolean found = false;
    for (JsonNode row : rows) {
      if (row.path(0).asText().equals(current)) {
        found = true;
        assertThat(row.path(3).asLong()).isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void eachViewExportsToAWorkbookWithVietnameseHeadersAndDayFirstDates() throws IOException {
    HttpResponse<byte[]> response = get("/api/dashboard/export/certificates", "giamsat");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(ExcelExport.CONTENT_TYPE);
    assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xlsx");
    Map<String, String> parts = workbook(response.body());
    assertThat(parts).containsKeys("xl/workbook.xml", "xl/worksheets/sheet3.xml");
    assertThat(unescape(parts.get("xl/sharedStrings.xml"))).contains("Số giấy chứng nhận", "Hết hạn ngày", "OCOP-T-DB-1");
    assertThat(parts.get("xl/styles.xml")).contains("dd/mm/yyyy");
    for (String view : new String[] {"stages", "tasks", "stars", "rounds", "products?stage=IDEA",
        "products?stage=NONE", "tasks-list?due=soon"}) {
      assertThat(get("/api/dashboard/export/" + view, "giamsat").statusCode()).as(view).isEqualTo(200);
    }
  }

  /** The parts of an .xlsx workbook by name. */
  static Map<String, String> workbook(byte[] xlsx) throws IOException {
    Map<String, String> parts = new HashMap<>();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("dashboard", ".xlsx");
    java.nio.file.Files.write(file, xlsx);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    return parts;
  }

  /** The workbook's XML writes non-ASCII letters as character references. */
  static String unescape(String xml) {
    return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
  }

  @Test
  void theAdministratorSeesTheDashboard() {
    assertThat(get("/api/dashboard/views/stages", "admin").statusCode()).isEqualTo(200);
  }

  @Test
  void officersCouncilMembersPolicyStaffAndAnonymousAreRefused() {
    assertThat(get("/api/dashboard/views/stages", null).statusCode()).isEqualTo(401);
    for (String user : new String[] {"xatamtien", "huyenyenthe", "tinhbacgiang", "hoidong1", "biensoan"}) {
      assertThat(get("/api/dashboard/views/stages", user).statusCode()).as(user).isEqualTo(403);
      assertThat(get("/api/dashboard/export/stages", user).statusCode()).as(user).isEqualTo(403);
    }
  }

  @Test
  void badParametersAreRefusedInVietnamese() {
    HttpResponse<byte[]> response = get("/api/dashboard/views/products?stage=NOPE", "giamsat");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("Giai đoạn không hợp lệ");
    assertThat(get("/api/dashboard/views/products?stage=IDEA&commune=99999", "giamsat").statusCode()).isEqualTo(400);
    assertThat(get("/api/dashboard/views/stars?year=1990", "giamsat").statusCode()).isEqualTo(400);
    assertThat(get("/api/dashboard/views/tasks-list?due=overdue&taskKey=x'--", "giamsat").statusCode()).isEqualTo(400);
    assertThat(get("/api/dashboard/views/nothing", "giamsat").statusCode()).isEqualTo(404);
  }
}
