package vn.ocop.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One clock: every "now" and "today" of rules, registry, forms and records follows the engine's clock
 * ({@link EngineClock}), the one timers fire by, so a test that moves it moves everything. Elapsed time
 * (the public registry's rate limit, a window of real minutes) is measured with the monotonic
 * {@code System.nanoTime}, which tells no date.
 */
class OneClockTest {

  static final Pattern SYSTEM_CLOCK = Pattern.compile(
      "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|Year|YearMonth)\\.now\\(|new Date\\(\\)"
          + "|System\\.currentTimeMillis|Clock\\.system|CURRENT_(TIMESTAMP|DATE)|\\bnow\\(\\)\\s*[,)]?\\s*(FROM|$)");
  static final List<String> EXCEPTIONS = List.of("common/EngineClock.java");

  @Test
  void nothingButTheEngineClockTellsTheTime() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      List<String> offenders = files.filter(Files::isRegularFile)
          .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".xml")
              || file.toString().endsWith(".sql"))
          .filter(file -> EXCEPTIONS.stream().noneMatch(exception -> file.toString().replace('\\', '/').endsWith(exception)))
          .filter(file -> !file.toString().contains("db/migration"))
          .flatMap(file -> lines(file).stream().filter(line -> SYSTEM_CLOCK.matcher(line).find())
              .map(line -> file + ": " + line.strip()))
          .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
