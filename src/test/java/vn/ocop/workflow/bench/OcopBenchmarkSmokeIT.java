package vn.ocop.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testsupport.TasklistClient;

/**
 * The benchmark at a tiny scale in the normal build, so that it cannot rot: every part runs end to end
 * and both reports are written with every field. Timings are never asserted here (DEVELOPERS.md: speed
 * and memory targets are checked by the benchmark itself).
 */
class OcopBenchmarkSmokeIT {

  @Test
  void aTinyRunWritesBothReportsWithEveryField() throws IOException {
    Path output = OcopBenchmark.run(new BenchSettings(0.001, Path.of("target/bench-smoke"),
        Runtime.getRuntime().availableProcessors()));

    JsonNode json = TasklistClient.read(Files.readString(output.resolve("report.json"), StandardCharsets.UTF_8));
    for (String field : BenchReport.REQUIRED_FIELDS) {
      JsonNode value = json.at("/" + field.replace('.', '/'));
      assertThat(value.isNumber()).as(field + " is a number in report.json: " + value).isTrue();
    }
    assertThat(json.at("/taskList/openTasks").asLong()).isGreaterThanOrEqualTo(100);
    assertThat(json.at("/taskList/historicInstances").asLong()).isGreaterThanOrEqualTo(1000);
    assertThat(json.at("/taskList/plans/officer").size()).isPositive();
    // the real paths ran without an error: every role's every filter, 50 sessions at once, timers all fired once
    assertThat(json.at("/concurrency/officers50/errors").asLong()).as(json.at("/concurrency/officers50/errorExamples")
        .toString()).isZero();
    assertThat(json.at("/concurrency/officers50/sessions").asInt()).isEqualTo(BenchSettings.OFFICERS_AT_ONCE);
    assertThat(json.at("/concurrency/officers50/submissions").asInt()).isPositive();
    assertThat(json.at("/taskList/tasklistCells").size()).as("role × filter cells").isGreaterThanOrEqualTo(16);
    assertThat(json.at("/timers/failures").asLong()).isZero();
    assertThat(json.at("/timers/duplicates").asLong()).isZero();
    assertThat(json.at("/timers/oneNode/fired").asLong()).isEqualTo(json.at("/timers/timers").asLong());
    assertThat(json.at("/taskList/flatnessSteps").size()).isEqualTo(2);
    String markdown = Files.readString(output.resolve("report.md"), StandardCharsets.UTF_8);
    assertThat(markdown).contains("## 1. Cycle throughput", "## 2. Task list latency", "## 3. Decision rate",
        "## 4. Start-up time and memory", "EXPLAIN",
        "## 6. Tasklist's and Cockpit's own calls");
  }
}
