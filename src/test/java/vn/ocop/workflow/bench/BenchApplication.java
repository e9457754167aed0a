package vn.ocop.workflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ocop.workflow.OcopApplication;

/**
 * The application itself, started in the benchmark's JVM on the benchmark database with profiles
 * {@code postgres} and {@code demo} (the demo officers and council members drive the cycle), on a free
 * port, so that the Java API and the REST API of the same engine can be measured.
 */
final class BenchApplication implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final double secondsToStart;

  private BenchApplication(ConfigurableApplicationContext context, double secondsToStart) {
    this.context = context;
    this.secondsToStart = secondsToStart;
  }

  static BenchApplication start(BenchDatabase database, BenchUnits units, String historyLevel) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", database.url());
    properties.put("spring.datasource.username", database.user());
    properties.put("spring.datasource.password", database.password());
    properties.put("ocop.units-file", units.springLocation());
    properties.put("server.port", "0");
    if (!historyLevel.isBlank()) {
      properties.put("camunda.bpm.history-level", historyLevel);
    }
    long started = System.nanoTime();
    // as command-line arguments, which win over the profiles' files
    String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
        .toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(OcopApplication.class)
        .profiles("postgres", "demo")
        .run(arguments);
    return new BenchApplication(context, (System.nanoTime() - started) / 1e9);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  int port() {
    return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  double secondsToStart() {
    return secondsToStart;
  }

  @Override
  public void close() {
    context.close();
  }
}
