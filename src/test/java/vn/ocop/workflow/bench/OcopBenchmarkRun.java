package vn.ocop.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark as {@code ./mvnw -Pbench verify} runs it (never part of the normal build): the scale comes
 * from {@code -Dbench.scale} (default 1.0), the reports go to target/bench.
 */
class OcopBenchmarkRun {

  @Test
  void benchmark() {
    Path output = OcopBenchmark.run(BenchSettings.fromSystemProperties());
    assertThat(output.resolve("report.json")).exists();
    assertThat(output.resolve("report.md")).exists();
  }
}
