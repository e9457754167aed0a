package vn.ocop.workflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * Seconds from launching the packaged application ({@code java -jar target/ocop-workflow-*.jar}, as the
 * production image runs it: profiles {@code prod,postgres}, {@code -XX:MaxRAMPercentage=75}) to
 * {@code /actuator/health} answering UP, on the benchmark's database.
 */
final class StartupProbe {

  static final String ADMIN_USER = "benchadmin";
  private static final long TIMEOUT_SECONDS = 180;

  private final Path jar;
  private final Path logs;

  StartupProbe(Path logs) {
    this.jar = packagedJar();
    this.logs = logs;
  }

  /** The jar Maven's package phase built (the repackaged one, not {@code .jar.original}). */
  static Path packagedJar() {
    Path target = Path.of("target");
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches("ocop-workflow-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No target/ocop-workflow-*.jar: run the benchmark through "
              + "./mvnw verify (-Pbench), whose package phase builds it"));
    } catch (IOException e) {
      throw new UncheckedIOException("No target/ folder: run the benchmark through ./mvnw verify", e);
    }
  }

  Path jar() {
    return jar;
  }

  /** Starts the jar on the database, waits until it is healthy, stops it; returns the seconds to healthy. */
  double secondsToHealthy(BenchDatabase database, BenchUnits units, String run, String historyLevel) {
    try (Node node = start(database, units, run, historyLevel)) {
      return node.secondsToHealthy();
    }
  }

  /** A running node of the packaged application; closing it stops the process. */
  record Node(Process process, int port, double secondsToHealthy) implements AutoCloseable {
    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Starts the jar on the database and waits until it is healthy (a second node of a cluster when another
   * application already runs on the database; its job executor works the same jobs).
   */
  Node start(BenchDatabase database, BenchUnits units, String run, String historyLevel) {
    int port = freePort();
    Path log = logs.resolve("startup-" + run + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:MaxRAMPercentage=75", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar",
        jar.toAbsolutePath().toString()));
    if (!historyLevel.isBlank()) {
      command.add("--camunda.bpm.history-level=" + historyLevel);
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("SPRING_PROFILES_ACTIVE", "prod,postgres");
    env.put("OCOP_DB_URL", database.url());
    env.put("OCOP_DB_USER", database.user());
    env.put("OCOP_DB_PASSWORD", database.password());
    env.put("OCOP_ADMIN_USER", ADMIN_USER);
    // strong enough for prod's password rules (ProductionSettingsCheck)
    env.put("OCOP_ADMIN_PASSWORD", "Bench-Admin-" + port);
    env.put("OCOP_UNITS_FILE", units.springLocation());
    env.put("PORT", String.valueOf(port));
    TestHttp http = new TestHttp(port);
    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean healthy = false;
    try {
      while (true) {
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!process.isAlive()) {
          throw new IllegalStateException("The application stopped before it was healthy; see " + log);
        }
        if (seconds > TIMEOUT_SECONDS) {
          throw new IllegalStateException("Not healthy after " + TIMEOUT_SECONDS + " s; see " + log);
        }
        if (healthy(http)) {
          healthy = true;
          return new Node(process, port, seconds);
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (!healthy) {
        new Node(process, port, 0).close();
      }
    }
  }

  private static boolean healthy(TestHttp http) {
    try {
      HttpResponse<String> health = http.get("/actuator/health");
      return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
    } catch (IllegalStateException notYetListening) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
