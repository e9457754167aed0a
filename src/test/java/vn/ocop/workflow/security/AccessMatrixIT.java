package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.document.Documents;
import vn.ocop.workflow.document.TestFiles;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.StoredProduct;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * The access matrix of docs/security.md, row by row, against the application on PostgreSQL with the demo
 * users: the document's table of tested access cases is this test's input, so it cannot drift from the
 * behaviour.
 */
@SharedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  static final Path DOCUMENT = Path.of("docs", "security.md");
  static final Pattern ROW = Pattern.compile("^\\| (\\S+) \\| `([A-Z]+) ([^`]+)` \\| (\\S+) \\| (.+) \\|$");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

  record Case(String user, String method, String path, String expected, String why) {
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired CertificateMapper certificates;
  @Autowired Documents documents;

  final Map<String, String> fixture = new HashMap<>();


  /** The rows of the table "Tested access cases" in docs/security.md. */
  static List<Case> documentedCases() throws IOException {
    List<String> lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    int start = lines.indexOf("## Tested access cases");
    assertThat(start).as("section 'Tested access cases' in " + DOCUMENT).isPositive();
    List<Case> cases = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        cases.add(new Case(row.group(1), row.group(2), row.group(3), row.group(4), row.group(5)));
      }
    }
    return cases;
  }

  @BeforeAll
  void dossiersOfTwoCommunesTheProvinceAndTheCouncil() {
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    ProcessInstance tamTien = runtime.startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07201").build());
    ProcessInstance dongTam = runtime.startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07204").build());
    fixture.put("pi07201", tamTien.getId());
    fixture.put("task07201", taskOf(tamTien).getId());
    fixture.put("pi07204", dongTam.getId());
    fixture.put("task07204", taskOf(dongTam).getId());

    ProcessInstance atProvince = runtime.startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07201").build());
    tasks.complete(taskOf(atProvince).getId(), communeProposes());
    fixture.put("piProvince", atProvince.getId());
    fixture.put("taskProvince", taskOf(atProvince).getId());

    ProcessInstance atCouncil = runtime.startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07201").build());
    tasks.complete(taskOf(atCouncil).getId(), communeProposes());
    tasks.complete(taskOf(atCouncil).getId(), Variables.putValue("provinceDossierComplete", "true"));
    tasks.complete(taskOf(atCouncil).getId(), Variables.createVariables()
        .putValueTyped("councilMembers", SpinValues.jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\"]").create())
        .putValue("councilChair", "hoidong1"));
    for (String member : List.of("hoidong1", "hoidong2")) {
      Task sheet = tasks.createTaskQuery().processInstanceId(atCouncil.getId()).taskAssignee(member).singleResult();
      fixture.put("sheet" + Character.toUpperCase(member.charAt(0)) + member.substring(1), sheet.getId());
    }
    fixture.put("certificate07204", certificateInCommune("07204"));
    fixture.put("productCouncil", String.valueOf(productOf(atCouncil)));
    for (ProcessInstance instance : List.of(tamTien, dongTam)) {
      long product = productOf(instance);
      String commune = instance == tamTien ? "07201" : "07204";
      fixture.put("product" + commune, String.valueOf(product));
      fixture.put("doc" + commune, String.valueOf(documents.upload(product, "REGISTRATION_FORM", "mau01.pdf",
          TestFiles.pdf("Mau 01 " + commune), "xa" + commune).id));
    }
  }

  long productOf(ProcessInstance instance) {
    return ((Number) engine.getRuntimeService().getVariable(instance.getId(), "productId")).longValue();
  }

  Task taskOf(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  static Map<String, Object> communeProposes() {
    return Variables.putValue("dossierComplete", "true")
        .putValue("localOriginAssessment", "Nguyên liệu tại xã").putValue("localLabourAssessment", "Lao động tại xã")
        .putValue("ideaOriginAssessment", "Ý tưởng của HTX").putValue("localIdentityAssessment", "Công thức truyền thống");
  }

  String certificateInCommune(String communeCode) {
    return StoredProduct.store(products, dossiers, "Mật ong Đồng Tâm", "24-" + communeCode + "-901-2026", communeCode, 4,
        LocalDate.now().minusMonths(3))
        .certificate(certificates, "OCOP-24-2026-9101", 3, LocalDate.now().minusMonths(1), "VALID").certificateNumber;
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedAccessCase() throws IOException {
    List<Case> cases = documentedCases();
    assertThat(cases).as("tested access cases in " + DOCUMENT).hasSizeGreaterThan(50);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.user() + " " + c.method() + " " + c.path() + " → "
        + c.expected() + " (" + c.why() + ")", () -> check(c)));
  }

  void check(Case c) throws IOException {
    TestHttp http = new TestHttp(port);
    String path = resolve(c.path());
    String user = c.user().equals("–") ? null : c.user();
    HttpResponse<String> response = c.method().equals("LOGIN") ? http.webappLogin(path, user, "demo")
        : path.endsWith("/deployment/create") && user != null
            ? http.deploy("accessCheck", "accessCheck.bpmn", tinyModel(), user, "demo")
            : http.request(c.method(), path, body(c.method(), path, user), user, "demo");
    switch (c.expected()) {
      case "sees", "hidden" -> {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode list = TasklistClient.read(response.body());
        assertThat(list.isArray()).as(response.body()).isTrue();
        if (c.expected().equals("sees")) {
          assertThat(list).as(c.why()).isNotEmpty();
        } else {
          assertThat(list).as(c.why()).isEmpty();
        }
      }
      default -> assertThat(response.statusCode()).as(c.why() + ": " + response.body())
          .isEqualTo(Integer.parseInt(c.expected()));
    }
  }

  String resolve(String path) {
    Matcher placeholder = PLACEHOLDER.matcher(path);
    StringBuilder resolved = new StringBuilder();
    while (placeholder.find()) {
      String value = fixture.get(placeholder.group(1));
      assertThat(value).as("fixture " + placeholder.group(1)).isNotNull();
      placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(resolved);
    return resolved.toString();
  }

  /** The body each kind of request takes, as a client would send it. */
  String body(String method, String path, String user) {
    if (method.equals("GET") || method.equals("DELETE")) {
      return null;
    }
    if (path.endsWith("/claim")) {
      return "{\"userId\":\"" + user + "\"}";
    }
    if (path.endsWith("/complete")) {
      return "{\"variables\":{}}";
    }
    if (path.endsWith("/variables")) {
      return "{\"modifications\":{\"starRank\":{\"value\":5}}}";
    }
    if (path.contains("/variables/")) {
      return "{\"value\":5,\"type\":\"Integer\"}";
    }
    if (path.endsWith("/message")) {
      return "{\"messageName\":\"CertificateFinding\",\"processInstanceId\":\"" + fixture.get("pi07201") + "\"}";
    }
    return "{}";
  }

  @org.junit.jupiter.api.Test
  void theWebappsSendSecurityHeadersAndRefuseAChangeWithoutTheirCsrfToken() {
    TestHttp http = new TestHttp(port);
    HttpResponse<String> page = http.get("/camunda/app/tasklist/default/");
    assertThat(page.headers().map().keySet().stream().map(String::toLowerCase))
        .contains("content-security-policy", "x-content-type-options", "x-xss-protection");
    assertThat(http.webappLogin("tasklist", "xatamtien", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> withoutToken = http.request("POST",
        "/camunda/api/engine/engine/default/task/" + fixture.get("task07201") + "/claim", "{\"userId\":\"xatamtien\"}",
        null, null);
    assertThat(withoutToken.statusCode()).as(withoutToken.body()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(fixture.get("task07201")).singleResult().getAssignee())
        .isNull();
  }

  @org.junit.jupiter.api.Test
  void healthShowsItsDetailsToTheAdministratorOnly() {
    TestHttp http = new TestHttp(port);
    assertThat(TasklistClient.read(http.get("/actuator/health").body()).has("components")).isFalse();
    assertThat(TasklistClient.read(http.get("/actuator/health", "giamsat", "demo").body()).has("components")).isFalse();
    assertThat(TasklistClient.read(http.get("/actuator/health", "admin", "demo").body()).has("components")).isTrue();
  }

  static byte[] tinyModel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bpmn.writeModelToStream(out, Bpmn.createExecutableProcess("accessCheck").camundaHistoryTimeToLive(1)
        .startEvent().endEvent().done());
    return out.toByteArray();
  }
}
