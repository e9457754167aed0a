package vn.ocop.workflow.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * The figures an administrator watches in Prometheus ({@code /actuator/prometheus}, administrator only),
 * beside Micrometer's JVM, HTTP, pool and Tomcat meters:
 * <ul>
 *   <li>the engine's: {@code ocop_engine_jobs{state=executable|failed|timer}},
 *       {@code ocop_engine_incidents{type}}, {@code ocop_engine_tasks{state=open|overdue|unassigned}},
 *       {@code ocop_engine_process_instances};</li>
 *   <li>ours: {@code ocop_products{stage}}, {@code ocop_dossiers{status}},
 *       {@code ocop_certificates_expiring{within=30d|180d}}.</li>
 * </ul>
 * They count the whole database, so every node of a cluster reports the same values (take {@code max}
 * over the nodes). Counting runs once a minute per node on a thread of its own, so a scrape stays cheap.
 */
@Component
class WorkflowMetrics implements MeterBinder, DisposableBean {

  static final Duration REFRESH = Duration.ofMinutes(1);
  static final List<String> INCIDENT_TYPES = List.of("failedJob", "failedExternalTask");
  private static final Logger LOG = LoggerFactory.getLogger(WorkflowMetrics.class);

  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FiguresMapper figures;
  private final Map<String, Long> values = new ConcurrentHashMap<>();
  private final Map<String, Supplier<Long>> counters = new ConcurrentHashMap<>();
  private final AtomicBoolean counting = new AtomicBoolean();
  private MultiGauge products;
  private MultiGauge dossiers;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "ocop-metrics");
    thread.setDaemon(true);
    return thread;
  });

  WorkflowMetrics(ManagementService managementService, RuntimeService runtimeService, TaskService taskService,
      FiguresMapper figures) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "ocop.engine.jobs", "Jobs of the engine", Tags.of("state", "executable"),
        () -> managementService.createJobQuery().executable().count());
    gauge(registry, "ocop.engine.jobs", "Jobs of the engine", Tags.of("state", "failed"),
        () -> managementService.createJobQuery().noRetriesLeft().count());
    gauge(registry, "ocop.engine.jobs", "Jobs of the engine", Tags.of("state", "timer"),
        () -> managementService.createJobQuery().timers().count());
    gauge(registry, "ocop.engine.tasks", "User tasks open in the engine", Tags.of("state", "open"),
        () -> taskService.createTaskQuery().count());
    gauge(registry, "ocop.engine.tasks", "User tasks open in the engine", Tags.of("state", "overdue"),
        () -> taskService.createTaskQuery().dueBefore(EngineClock.now()).count());
    gauge(registry, "ocop.engine.tasks", "User tasks open in the engine", Tags.of("state", "unassigned"),
        () -> taskService.createTaskQuery().taskUnassigned().count());
    gauge(registry, "ocop.engine.process.instances", "Process instances running", Tags.empty(),
        () -> runtimeService.createProcessInstanceQuery().count());
    gauge(registry, "ocop.certificates.expiring", "Valid certificates whose validity ends soon",
        Tags.of("within", "30d"), () -> figures.certificatesExpiring(EngineClock.today(), EngineClock.today().plusDays(30)));
    gauge(registry, "ocop.certificates.expiring", "Valid certificates whose validity ends soon",
        Tags.of("within", "180d"), () -> figures.certificatesExpiring(EngineClock.today(), EngineClock.today().plusDays(180)));
    for (String type : INCIDENT_TYPES) {
      gauge(registry, "ocop.engine.incidents", "Open incidents by type", Tags.of("type", type),
          () -> runtimeService.createIncidentQuery().incidentType(type).count());
    }
    products = MultiGauge.builder("ocop.products").description("Products by stage of the cycle").register(registry);
    dossiers = MultiGauge.builder("ocop.dossiers").description("Dossiers by status").register(registry);
    if (counting.compareAndSet(false, true)) {
      scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, REFRESH.toSeconds(), TimeUnit.SECONDS);
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // the database may be away for a moment; the gauges keep their last values and the next round tries again
      LOG.warn("Counting the workflow figures failed: {}", e.getMessage());
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, Tags tags, Supplier<Long> count) {
    String key = name + tags;
    counters.put(key, count);
    Gauge.builder(name, values, v -> v.getOrDefault(key, 0L)).description(description).tags(tags).register(registry);
  }

  /** Counts again: at start and then every minute on a thread of its own. */
  void refresh() {
    counters.forEach((key, count) -> values.put(key, count.get()));
    products.register(rows("stage", figures.productsByStage()), true);
    dossiers.register(rows("status", figures.dossiersByStatus()), true);
  }

  private static List<MultiGauge.Row<?>> rows(String tag, List<FiguresMapper.Count> counts) {
    return counts.stream().<MultiGauge.Row<?>>map(c -> MultiGauge.Row.of(Tags.of(tag, c.label()), c.count())).toList();
  }
}
