package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ocop.workflow.OcopApplication;
import vn.ocop.workflow.testsupport.TestHttp;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * A change of law as policy staff make it: they edit the DMN in Camunda Modeler and deploy it over REST
 * to the running engine. New evaluations follow the change at once, and a restart of the application
 * does not put the old version back.
 */
class DecisionChangeIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ConfigurableApplicationContext start(String databaseUrl) {
    return new SpringApplicationBuilder(OcopApplication.class).run(
        "--spring.profiles.active=postgres,demo", "--server.port=0",
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=" + TestPostgres.user(),
        "--spring.datasource.password=" + TestPostgres.password());
  }

  private static TestHttp http(ConfigurableApplicationContext context) {
    return new TestHttp(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
  }

  /** The decision table as policy staff edit it: the current regime starts a year from today instead. */
  private static byte[] editedDecisions(String newStart) throws IOException {
    String dmn = Files.readString(Path.of("dmn", "ocopEvaluation.dmn"), StandardCharsets.UTF_8);
    assertThat(dmn).contains("2026-05-22T00:00:00");
    return dmn.replace("2026-05-22T00:00:00", newStart + "T00:00:00")
        .replace("QD26-2026.1", "QD26-2026.2").getBytes(StandardCharsets.UTF_8);
  }

  private static String registerAndReadRegime(TestHttp http) throws Exception {
    String body = "{\"variables\":{\"dossierType\":{\"value\":\"FIRST\"},\"producerName\":{\"value\":\"HTX Chè Tam Tiến\"},"
        + "\"producerType\":{\"value\":\"HTX\"},\"representativeName\":{\"value\":\"Lê Thị Mai\"},"
        + "\"producerAddress\":{\"value\":\"Xã Tam Tiến\"},\"producerPhone\":{\"value\":\"0987654321\"},"
        + "\"productName\":{\"value\":\"Chè xanh Tam Tiến\"},\"productSet\":{\"value\":\"11\"}}}";
    HttpResponse<String> started = http.post("/engine-rest/process-definition/key/productEvaluation/submit-form",
        body, "xatamtien", "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String pi = JSON.readTree(started.body()).path("id").asText();
    HttpResponse<String> regime = http.get("/engine-rest/process-instance/" + pi + "/variables/regime", "admin", "demo");
    assertThat(regime.statusCode()).as(regime.body()).isEqualTo(200);
    return JSON.readTree(regime.body()).path("value").asText();
  }

  private static String latestVersionTag(TestHttp http) throws Exception {
    JsonNode latest = JSON.readTree(http.get("/engine-rest/decision-definition?key=ocopRegime&latestVersion=true",
        "biensoan", "demo").body());
    return latest.get(0).path("versionTag").asText();
  }

  @Test
  void aDecisionDeployedByAPolicyEditorAppliesToNewDossiersAndSurvivesARestart() throws Exception {
    String database = TestPostgres.createDatabase("ocop_policy");
    String newStart = LocalDate.now().plusYears(1).toString();

    try (ConfigurableApplicationContext running = start(database)) {
      TestHttp http = http(running);
      assertThat(registerAndReadRegime(http)).isEqualTo("QD26_2026");

      assertThat(http.deploy("ocopEvaluation", "ocopEvaluation.dmn", editedDecisions(newStart), "xatamtien", "demo")
          .statusCode()).as("a commune officer may not deploy").isEqualTo(403);
      HttpResponse<String> deployed =
          http.deploy("ocopEvaluation", "ocopEvaluation.dmn", editedDecisions(newStart), "biensoan", "demo");
      assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

      assertThat(latestVersionTag(http)).isEqualTo("QD26-2026.2");
      assertThat(registerAndReadRegime(http)).as("without a restart").isEqualTo("QD1489_2025");
    }

    try (ConfigurableApplicationContext restarted = start(database)) {
      TestHttp http = http(restarted);
      assertThat(latestVersionTag(http)).isEqualTo("QD26-2026.2");
      assertThat(registerAndReadRegime(http)).as("after a restart").isEqualTo("QD1489_2025");
    }
  }
}
