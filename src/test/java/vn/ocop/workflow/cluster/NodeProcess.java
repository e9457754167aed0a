package vn.ocop.workflow.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * One node of the application as production runs it: the packaged jar ({@code java -jar
 * target/ocop-workflow-*.jar}, built by Maven's package phase before the integration tests) in a JVM of
 * its own, on a port of its own, its output in {@code target/cluster/<name>.log}. Separate JVMs, not two
 * contexts in the test's JVM: the engine registry behind {@code /engine-rest} and the webapps is static
 * per JVM, so two engines named {@code default} in one JVM would answer each other's requests, and a
 * kill -9 needs a process to kill.
 */
final class NodeProcess implements AutoCloseable {

  static final String PASSWORD = "demo";
  private static final Path LOGS = Path.of("target", "cluster");

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private NodeProcess(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts a node with these environment variables (besides its name and port); does not wait. */
  static NodeProcess start(String name, Map<String, String> environment) {
    int port = freePort();
    try {
      Files.createDirectories(LOGS);
      Path log = LOGS.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar",
          packagedJar().toAbsolutePath().toString()))
          .redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      builder.environment().put("OCOP_NODE_NAME", name);
      builder.environment().put("PORT", String.valueOf(port));
      Process process = builder.start();
      // a test JVM that ends early (killed, crashed) takes its nodes with it: none is left running
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      return new NodeProcess(name, port, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + name, e);
    }
  }

  /** The environment of a demo node on a PostgreSQL database. */
  static Map<String, String> onPostgres(String url, String user, String password) {
    return Map.of("SPRING_PROFILES_ACTIVE", "postgres,demo", "OCOP_DB_URL", url, "OCOP_DB_USER", user,
        "OCOP_DB_PASSWORD", password);
  }

  /** The environment of a demo node on the default embedded H2 database in this folder. */
  static Map<String, String> onH2(Path dataDir) {
    return Map.of("SPRING_PROFILES_ACTIVE", "demo", "OCOP_DATA_DIR", dataDir.toAbsolutePath().toString());
  }

  /** Waits until {@code /actuator/health/readiness} answers 200 (set-up done). */
  NodeProcess awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    TestHttp http = http();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " stopped before it was ready; see " + log);
      }
      if (status(http, "/actuator/health/readiness") == 200) {
        return this;
      }
      sleep(200);
    }
    throw new IllegalStateException("Node " + name + " not ready after " + timeout + "; see " + log);
  }

  /** The status of a GET, or -1 while nothing listens on the port. */
  static int status(TestHttp http, String path) {
    try {
      HttpResponse<String> response = http.get(path);
      return response.statusCode();
    } catch (IllegalStateException notListening) {
      return -1;
    }
  }

  TestHttp http() {
    return new TestHttp(port);
  }

  TestHttp http(CookieManager cookies) {
    return new TestHttp(port, cookies);
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Stops the node as an operator does (SIGTERM: Spring shuts down gracefully). */
  void stop() {
    process.destroy();
    await(Duration.ofSeconds(60));
    if (process.isAlive()) {
      kill();
    }
  }

  /** kill -9: the process ends at once, nothing of it runs any more. */
  void kill() {
    process.destroyForcibly();
    await(Duration.ofSeconds(30));
  }

  private void await(Duration timeout) {
    try {
      process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  /** The jar Maven's package phase built (the repackaged one, not {@code .jar.original}). */
  static Path packagedJar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("ocop-workflow-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No target/ocop-workflow-*.jar: run through ./mvnw verify"));
    } catch (IOException e) {
      throw new UncheckedIOException("No target/ folder: run through ./mvnw verify", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
