package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testsupport.InboxTally;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * Careless and hostile input, on PostgreSQL, through the same doors Tasklist and the REST clients use:
 * every case is refused with a 4xx and a Vietnamese message, and nothing changes — our tables, the task,
 * the process instance's variables, the number of instances.
 */
@SharedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  static final String OFFICER = "xatamtien";
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String SQL = "'; DROP TABLE ocop_product; --";
  static final String NFD_NAME = Normalizer.normalize("Nguyễn Thị Hoa", Normalizer.Form.NFD);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  String processInstance;
  String task;


  @BeforeAll
  void aDossierAtTheCommuneReview() {
    processInstance = engine.getRuntimeService()
        .startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07201").build()).getId();
    task = engine.getTaskService().createTaskQuery().processInstanceId(processInstance).singleResult().getId();
  }

  /** What must not change: row counts of our tables, the open task, the instance's variables, instances. */
  Map<String, Object> snapshot() {
    Map<String, Object> state = new TreeMap<>();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = current_schema() AND table_name LIKE 'ocop\\_%' AND table_name <> 'ocop_schema_history'",
        String.class)) {
      state.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    state.put(InboxTally.TABLE, InboxTally.byGroup(jdbc)); // each group's tasks, not its rows (folded meanwhile)
    state.put("task open", engine.getTaskService().createTaskQuery().taskId(task).count());
    state.put("variables", new TreeMap<>(engine.getRuntimeService().getVariables(processInstance)).toString());
    state.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
    return state;
  }

  TestHttp http() {
    return new TestHttp(port);
  }

  static String submission(Object... namesAndValues) {
    ObjectNode variables = TasklistClient.JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      ObjectNode variable = variables.putObject((String) namesAndValues[i]);
      Object value = namesAndValues[i + 1];
      if (value instanceof Map<?, ?> typed) {
        variable.putPOJO("value", typed.get("value"));
        variable.put("type", typed.get("type").toString());
      } else {
        variable.putPOJO("value", value);
      }
    }
    return TasklistClient.JSON.createObjectNode().set("variables", variables).toString();
  }

  static String proposal(Object... overrides) {
    Map<String, Object> values = new TreeMap<>(Map.of("dossierComplete", "true",
        "localOriginAssessment", "Nguyên liệu tại xã", "localLabourAssessment", "12 lao động",
        "ideaOriginAssessment", "Ý tưởng của HTX", "localIdentityAssessment", "Công thức truyền thống"));
    for (int i = 0; i < overrides.length; i += 2) {
      values.put((String) overrides[i], overrides[i + 1]);
    }
    return submission(values.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray());
  }

  static String registration(Object... overrides) {
    Map<String, Object> values = new TreeMap<>(Map.of("dossierType", "FIRST", "producerName", "HTX Chè Tam Tiến",
        "producerType", "HTX", "representativeName", "Lê Thị Mai", "producerAddress", "Thôn Đồng Vương, xã Tam Tiến",
        "producerPhone", "0987 654 321", "productName", "Chè xanh Tam Tiến", "productSet", "11"));
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        values.remove((String) overrides[i]);
      } else {
        values.put((String) overrides[i], overrides[i + 1]);
      }
    }
    return submission(values.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray());
  }

  static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }

  static String repeat(String text, int times) {
    return text.repeat(times);
  }

  /** The task's form, the start form, and our API, each with a bad value: {@code description, method, path, body}. */
  static Stream<Arguments> badInputs() {
    String review = "/engine-rest/task/{task}/submit-form";
    String complete = "/engine-rest/task/{task}/complete";
    String start = "/engine-rest/process-definition/key/productEvaluation/submit-form";
    String startApi = "/engine-rest/process-definition/key/productEvaluation/start";
    String future = LocalDate.now().plusDays(3).toString();
    return Stream.of(
        // ---- a task form: the commune review ----
        Arguments.of("choice not among the options", "POST", review, proposal("dossierComplete", "maybe")),
        Arguments.of("choice in upper case", "POST", review, proposal("dossierComplete", "TRUE")),
        Arguments.of("choice as a number", "POST", review, proposal("dossierComplete", 1)),
        Arguments.of("choice as SQL", "POST", review, proposal("dossierComplete", "true' OR '1'='1")),
        Arguments.of("choice as a script", "POST", review, proposal("dossierComplete", SCRIPT)),
        Arguments.of("required choice missing", "POST", review, submission("localOriginAssessment", "x")),
        Arguments.of("required choice empty", "POST", review, proposal("dossierComplete", "")),
        Arguments.of("required choice null", "POST", review, proposal("dossierComplete", null)),
        Arguments.of("proposal without the four assessments", "POST", review, submission("dossierComplete", "true")),
        Arguments.of("assessment only blanks", "POST", review, proposal("localOriginAssessment", "   \t ")),
        Arguments.of("return without a reason", "POST", review, submission("dossierComplete", "false")),
        Arguments.of("text over its maximum length", "POST", review, proposal("localOriginAssessment", repeat("a", 4001))),
        Arguments.of("text of 4001 Vietnamese letters", "POST", review, proposal("localOriginAssessment", repeat("ệ", 4001))),
        Arguments.of("text as a number", "POST", review, proposal("localOriginAssessment", 123)),
        Arguments.of("text as a boolean", "POST", review, proposal("localOriginAssessment", true)),
        Arguments.of("text as a JSON object", "POST", review, proposal("localOriginAssessment", json("{\"a\":1}"))),
        Arguments.of("text with a NUL character", "POST", review, proposal("localOriginAssessment", "Nguyên liệu\u0000")),
        Arguments.of("text with a bell character", "POST", review, proposal("localOriginAssessment", "Nguyên\u0007 liệu")),
        Arguments.of("text with a right-to-left override", "POST", review, proposal("localOriginAssessment", "abc\u202Eexe.txt")),
        // written as a JSON escape: a Java string with a lone surrogate would reach the wire as '?'
        Arguments.of("text with a lone surrogate", "POST", review,
            proposal("localOriginAssessment", "abc@def").replace("abc@def", "abc\\ud800def")),
        Arguments.of("text with a byte order mark", "POST", review, proposal("localOriginAssessment", "\uFEFFNguyên liệu")),
        Arguments.of("text with a zero-width space", "POST", review, proposal("localOriginAssessment", "Nguyên\u200B liệu")),
        Arguments.of("text with a left-to-right mark", "POST", review, proposal("localOriginAssessment", "Nguyên\u200E liệu")),
        Arguments.of("text with a right-to-left mark", "POST", review, proposal("localOriginAssessment", "Nguyên\u200F liệu")),
        Arguments.of("text with a word joiner", "POST", review, proposal("localOriginAssessment", "Nguyên\u2060 liệu")),
        Arguments.of("text with a soft hyphen", "POST", review, proposal("localOriginAssessment", "Nguyên\u00AD liệu")),
        Arguments.of("text with a tag character", "POST", review,
            proposal("localOriginAssessment", "Nguyên " + new String(Character.toChars(0xE0041)) + " liệu")),
        Arguments.of("text with a line separator", "POST", review, proposal("localOriginAssessment", "Nguyên\u2028 liệu")),
        Arguments.of("unknown variable starRank", "POST", review, proposal("starRank", 5)),
        Arguments.of("unknown variable communeCode", "POST", review, proposal("communeCode", "07204")),
        Arguments.of("unknown variable provinceCode", "POST", review, proposal("provinceCode", "01")),
        Arguments.of("unknown variable dossierId", "POST", review, proposal("dossierId", 1)),
        Arguments.of("unknown variable with a script name", "POST", review, proposal(SCRIPT, "x")),
        Arguments.of("unknown variable through complete", "POST", complete, proposal("disqualified", true)),
        Arguments.of("invalid choice through complete", "POST", complete, proposal("dossierComplete", "yes")),
        Arguments.of("variables as an array", "POST", review, "{\"variables\":[1,2,3]}"),
        Arguments.of("variables as a string", "POST", review, "{\"variables\":\"dossierComplete=true\"}"),
        Arguments.of("body not JSON", "POST", review, "dossierComplete=true"),
        Arguments.of("body a JSON array", "POST", review, "[{\"dossierComplete\":true}]"),
        Arguments.of("body truncated", "POST", review, "{\"variables\":{\"dossierComplete\":"),
        Arguments.of("body over 256 KB", "POST", review, proposal("localOriginAssessment", repeat("a", 300_000))),
        // ---- the start form: registration (Mẫu 01) ----
        Arguments.of("product set not among the 26", "POST", start, registration("productSet", "27")),
        Arguments.of("product set zero", "POST", start, registration("productSet", "0")),
        Arguments.of("product set as SQL", "POST", start, registration("productSet", SQL)),
        Arguments.of("producer type not allowed", "POST", start, registration("producerType", "ADMIN")),
        Arguments.of("dossier type not allowed", "POST", start, registration("dossierType", "HACK")),
        Arguments.of("phone with letters", "POST", start, registration("producerPhone", "call me maybe")),
        Arguments.of("phone as a script", "POST", start, registration("producerPhone", SCRIPT)),
        Arguments.of("e-mail without @", "POST", start, registration("producerEmail", "htx.example.vn")),
        Arguments.of("date that does not exist", "POST", start, registration("receivedOn", "2026-13-45")),
        Arguments.of("date in the future", "POST", start, registration("receivedOn", future)),
        Arguments.of("date as a script", "POST", start, registration("receivedOn", SCRIPT)),
        // Decision 1048/QĐ-TTg of 21/08/2019 is the first regime: an earlier date selects no regime that applied
        Arguments.of("date in year zero", "POST", start, registration("receivedOn", "0000-01-01")),
        Arguments.of("date before the first regime", "POST", start, registration("receivedOn", "2019-08-20")),
        Arguments.of("number of samples negative", "POST", start, registration("sampleCount", -1)),
        Arguments.of("number of samples over 100", "POST", start, registration("sampleCount", 101)),
        Arguments.of("number of samples with decimals", "POST", start, registration("sampleCount", 1.5)),
        Arguments.of("number of samples as text", "POST", start, registration("sampleCount", "năm")),
        Arguments.of("producer name missing", "POST", start, registration("producerName", null)),
        Arguments.of("producer name one letter", "POST", start, registration("producerName", "A")),
        Arguments.of("product name over 300 characters", "POST", start, registration("productName", repeat("Chè ", 80))),
        Arguments.of("representative with a control character", "POST", start,
            registration("representativeName", "Lê Thị\u001B[31m Mai")),
        Arguments.of("another commune given", "POST", start, registration("communeCode", "07204")),
        Arguments.of("another commune's product given", "POST", start, registration("productId", 1)),
        Arguments.of("upgrade of an unknown product", "POST", start,
            registration("dossierType", "UPGRADE", "productCode", "24-07201-999-2020")),
        Arguments.of("unknown variable through start", "POST", startApi, registration("starRank", 5)),
        // ---- our API ----
        Arguments.of("registry status not allowed", "GET", "/api/certificates?status=DELETED", null),
        Arguments.of("registry stars out of range", "GET", "/api/certificates?stars=6", null),
        Arguments.of("registry negative page", "GET", "/api/certificates?page=-1", null),
        Arguments.of("registry page too large", "GET", "/api/certificates?size=1000", null),
        Arguments.of("registry unit not digits", "GET", "/api/certificates?unit=abc", null),
        Arguments.of("registry unit of another commune", "GET", "/api/certificates?unit=07204", null),
        Arguments.of("registry group as SQL", "GET", "/api/certificates?productGroup=FOOD%27%20OR%201=1", null),
        Arguments.of("registry expiring too far", "GET", "/api/certificates?expiringWithinDays=99999", null),
        Arguments.of("certificate number as SQL", "GET", "/api/certificates/OCOP-24-2026-0001%27--/events", null),
        Arguments.of("public stars as a script", "GET", "/api/public/certificates?stars=%3Cscript%3E", null),
        Arguments.of("public code with SQL", "GET", "/api/public/certificates/24-07201-001-2026%27%20OR%201=1", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void isRefusedWithAClearMessageAndChangesNothing(String description, String method, String path, String body) {
    Map<String, Object> before = snapshot();
    HttpResponse<String> response = http().request(method, path.replace("{task}", task), body, OFFICER, "demo");
    assertThat(response.statusCode()).as(description + ": " + response.body()).isBetween(400, 499);
    assertThat(TasklistClient.read(response.body()).path("message").asText()).as(description)
        .matches(".*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*")
        .doesNotContain("Exception", "ENGINE-", "SQL", "at org.");
    assertThat(snapshot()).as(description).isEqualTo(before);
  }

  @Test
  void thereAreAtLeastFiftyCases() {
    assertThat(badInputs().count()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void tasklistsOwnPathRefusesTheSameWayWithTheVietnameseReason() {
    TestHttp session = http();
    assertThat(session.webappLogin("tasklist", OFFICER, "demo").statusCode()).isEqualTo(200);
    Map<String, Object> before = snapshot();
    String path = "/camunda/api/engine/engine/default/task/" + task + "/submit-form";

    HttpResponse<String> unknown = session.webappPost(path, proposal("starRank", 5));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.body()).contains("biểu mẫu không có trường «starRank»");
    HttpResponse<String> invalid = session.webappPost(path, proposal("dossierComplete", "maybe"));
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
    assertThat(TasklistClient.read(invalid.body()).path("message").asText())
        .startsWith("Dữ liệu chưa hợp lệ, chưa lưu được:").contains("«maybe» không phải là lựa chọn hợp lệ")
        .doesNotContain("ENGINE-");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void markupAndDecomposedVietnameseAreStoredAsTypedAndRenderedEscaped() {
    String reason = SCRIPT + " — " + NFD_NAME + " đề nghị bổ sung.";
    String dossier = engine.getRuntimeService()
        .startProcessInstanceByKey("productEvaluation", aDossier().inCommune("07201").build()).getId();
    String review = engine.getTaskService().createTaskQuery().processInstanceId(dossier).singleResult().getId();
    HttpResponse<String> response = http().post("/engine-rest/task/" + review + "/submit-form",
        submission("dossierComplete", "false", "returnReason", reason), OFFICER, "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    Object product = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(dossier)
        .variableName("productId").singleResult().getValue();
    assertThat(jdbc.queryForObject("SELECT text FROM ocop_product_timeline WHERE product_id = ? ORDER BY id DESC LIMIT 1",
        String.class, ((Number) product).longValue())).isEqualTo(reason);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(dossier)
        .variableName("returnReason").singleResult().getValue()).isEqualTo(reason);
  }
}
