package vn.ocop.workflow.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.cycle.CycleTaskForms;
import vn.ocop.workflow.tasklist.TaskInbox;

/**
 * The benchmark of issue 8, in one run on one PostgreSQL: decision rate, cycle throughput against the
 * bare engine, task list latency and completion cost at provincial scale, start-up time and heap. Writes
 * {@code report.md} and {@code report.json} into {@link BenchSettings#output()}.
 */
public final class OcopBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(OcopBenchmark.class);

  /** The demo communes, whose demo officers work the products driven through the cycle. */
  static final List<String> CYCLE_COMMUNES = List.of("07201", "07204", "07207", "07591", "07594", "07597");

  static final double CYCLE_TARGET = 0.8;
  static final double QUERY_TARGET_MS = 50;
  static final double COST_RATIO_TARGET = 1.2;
  static final double DASHBOARD_TARGET_MS = 100;
  /** Products of a province at scale 1 (a fifth of the open tasks), each with a dossier; a third certified. */
  static final int PRODUCTS_AT_FULL_SCALE = 20_000;
  static final double DECISION_TARGET = 20_000;
  static final double STARTUP_TARGET_SECONDS = 20;
  static final double HEAP_TARGET_MB = 512;
  /** Issue 20/21 targets: Tasklist's own calls at 100k open tasks / 1M history. */
  static final double TASKLIST_LIST_TARGET_MS = 15;
  static final double TASKLIST_LANDING_TARGET_MS = 60;
  static final double FLATNESS_TARGET = 1.3;
  static final double OFFICERS_AT_ONCE_TARGET_MS = 100;
  static final double COCKPIT_STATISTICS_TARGET_MS = 200;
  static final double TIMERS_PER_SECOND_TARGET = 200;
  /** Issue 21: the supervisor's count by stage (issue 8 had 50 ms). */
  static final double SUPERVISOR_COUNT_TARGET_MS = 30;

  private final BenchSettings settings;
  private final BenchReport report = new BenchReport();
  private final BenchDatabase database;
  private final BenchUnits units;
  private ProvincialLoad load;
  private TasklistPaths paths;
  private TimerBurst timers;
  private double timerPrepareSeconds;
  private final List<Map<String, Object>> flatnessSteps = new ArrayList<>();
  /** The task inbox of the running application, brought up to date after each SQL load. */
  private TaskInbox inbox;
  private final Map<String, Object> inboxSynchronisations = new java.util.LinkedHashMap<>();
  private final List<Samples> flatnessSamples = new ArrayList<>();

  private OcopBenchmark(BenchSettings settings) {
    this.settings = settings;
    this.database = settings.reuseDatabase() ? BenchDatabase.reuse("ocop_bench") : BenchDatabase.create("ocop_bench");
    this.units = BenchUnits.write(settings.output(), settings.communes());
  }

  /** Runs everything and writes the reports; returns the output folder. */
  public static Path run(BenchSettings settings) {
    new OcopBenchmark(settings).runAll();
    return settings.output();
  }

  private void runAll() {
    long started = System.nanoTime();
    report.declare("# OCOP workflow benchmark", "## Machine and method", "## 1. Cycle throughput against the bare engine",
        "## 2. Task list latency at provincial scale", "## 3. Decision rate: starRank", "## 4. Start-up time and memory",
        "## 5. Supervisors' dashboard at provincial scale",
        "## 6. Tasklist's and Cockpit's own calls, officers at once, timers in bulk");
    header();
    // The smoke run only checks that every part works: it starts the packaged application on a database of
    // its own while the rest runs, which keeps the normal build short. Timed runs start it at the end, alone.
    java.util.concurrent.CompletableFuture<Double> smokeStart = !settings.smoke() ? null
        : java.util.concurrent.CompletableFuture.supplyAsync(() -> new StartupProbe(settings.output())
            .secondsToHealthy(BenchDatabase.create("ocop_bench_start"), units, "smoke", settings.historyLevel()));
    if (settings.dashboardOnly()) {
      dashboardOnly();
      return;
    }
    if (settings.flatnessOnly()) {
      flatnessOnly();
      return;
    }
    try (BenchApplication app = BenchApplication.start(database, units, settings.historyLevel())) {
      double heapAfterStart = HeapMonitor.liveHeapMb();
      report.put("memory.heapMbAfterStart", BenchReport.round(heapAfterStart, 1));
      report.put("startup.inProcessSeconds", BenchReport.round(app.secondsToStart(), 2));
      ProcessEngine engine = app.bean(ProcessEngine.class);
      inbox = app.bean(TaskInbox.class);
      decisions(engine);
      report.write(settings.output());
      CycleDriver driver = new CycleDriver(engine, CycleTaskForms.straightThrough(app.bean(CriteriaCatalog.class)),
          CYCLE_COMMUNES);
      cycle(engine, driver, heapAfterStart);
      report.write(settings.output());
      taskList(app, engine, driver);
      report.write(settings.output());
      dashboard(app);
      report.write(settings.output());
      realPaths(app, engine);
      report.write(settings.output());
    }
    startup(smokeStart);
    report.put("benchmark.minutes", BenchReport.round((System.nanoTime() - started) / 6e10, 1));
    report.put("machine.loadAverageAtEnd", loadAverage());
    report.md("## Machine and method", "- Whole run: " + BenchReport.num((System.nanoTime() - started) / 6e10)
        + " minutes; load average at the end " + loadAverage() + " (other builds on the machine make timings noisy).");
    report.write(settings.output());
    LOG.info("Benchmark report written to {}", settings.output().toAbsolutePath());
  }

  /**
   * {@code bench.parts=flatness}: the open tasks loaded step by step and the Tasklist list measured at each
   * ({@code bench.flatnessMax} for the largest), without the history (the task queries read none), the
   * lifecycle timers (copied from one the cycle part issued) and the other parts.
   */
  private void flatnessOnly() {
    long started = System.nanoTime();
    try (BenchApplication app = BenchApplication.start(database, units, settings.historyLevel())) {
      ProcessEngine engine = app.bean(ProcessEngine.class);
      inbox = app.bean(TaskInbox.class);
      List<TasklistProbe.Officer> officers = TasklistProbe.createOfficers(engine.getIdentityService(),
          units.spread(settings.sampledOfficers()));
      load = new ProvincialLoad(database, engine.getRepositoryService(), units.communeCodes(),
          units.districtOfCommune());
      paths = new TasklistPaths(app.port(), TasklistPaths.roles(engine.getIdentityService(), officers,
          units.districtCodes(), 3));
      openTasksInSteps(engine);
      String section = "## 6. Tasklist's and Cockpit's own calls, officers at once, timers in bulk";
      report.md(section, "Only the flatness steps were run (`bench.parts=flatness`): no cycle part, so no "
          + "certificate lifecycles among the jobs (they are copied from one the cycle issued), no finished "
          + "instances loaded, no other part.\n");
      flatness(engine, section);
    }
    report.put("benchmark.minutes", BenchReport.round((System.nanoTime() - started) / 6e10, 1));
    report.write(settings.output());
    LOG.info("Benchmark report written to {}", settings.output().toAbsolutePath());
  }

  /**
   * {@code bench.parts=dashboard}: section 2's open tasks and history loaded (or kept, {@code bench.reuse}),
   * then section 5 alone.
   */
  private void dashboardOnly() {
    long started = System.nanoTime();
    if (settings.reuseDatabase() && count("select count(*) from pg_tables where tablename = 'ocop_product'") > 0) {
      DashboardProbe.clearProgramme(database);
    }
    try (BenchApplication app = BenchApplication.start(database, units, settings.historyLevel())) {
      ProcessEngine engine = app.bean(ProcessEngine.class);
      inbox = app.bean(TaskInbox.class);
      String section = "## 2. Task list latency at provincial scale";
      if (settings.reuseDatabase() && count("select count(*) from ACT_RU_TASK") >= settings.openTasks()) {
        report.md(section, "Only the dashboard was run (`bench.parts=dashboard`), on the database a previous run "
            + "loaded (`bench.reuse=true`): " + BenchReport.num(count("select count(*) from ACT_RU_TASK"))
            + " open tasks, " + BenchReport.num(finishedInstances()) + " finished instances.\n");
      } else {
        ProvincialLoad load = new ProvincialLoad(database, engine.getRepositoryService(), units.communeCodes(),
            units.districtOfCommune());
        double openSeconds = timed(() -> {
          load.addOpenTasks(settings.openTasks());
          return null;
        });
        double historySeconds = timed(() -> {
          historyUpTo(load, settings.historicInstances());
          return null;
        });
        report.md(section, "Only the dashboard was run (`bench.parts=dashboard`): the task list was not measured. "
            + "Loaded " + BenchReport.num(settings.openTasks()) + " open tasks in " + BenchReport.num(openSeconds)
            + " s and " + BenchReport.num(finishedInstances()) + " finished instances in "
            + BenchReport.num(historySeconds) + " s (vacuum and analyze included).\n");
      }
      report.put("taskList.openTasks", count("select count(*) from ACT_RU_TASK"));
      report.put("taskList.historicInstances", finishedInstances());
      dashboard(app);
    }
    report.put("benchmark.minutes", BenchReport.round((System.nanoTime() - started) / 6e10, 1));
    report.put("machine.loadAverageAtEnd", loadAverage());
    report.md("## Machine and method", "- Whole run: " + BenchReport.num((System.nanoTime() - started) / 6e10)
        + " minutes; load average at the end " + loadAverage() + ".");
    report.write(settings.output());
  }

  // ---- machine ----

  private void header() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int cores = Runtime.getRuntime().availableProcessors();
    double memoryGb = os.getTotalMemorySize() / 1024.0 / 1024.0 / 1024.0;
    report.put("generatedAt", OffsetDateTime.now().toString());
    report.put("scale", settings.scale());
    report.put("machine.cores", cores);
    report.put("machine.memoryGb", BenchReport.round(memoryGb, 1));
    report.put("machine.java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    report.put("machine.os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    report.put("machine.maxHeapMb", BenchReport.round(HeapMonitor.maxHeapMb(), 0));
    report.put("machine.loadAverageAtStart", loadAverage());
    Map<String, String> postgres = database.settings();
    report.object("machine.postgres").putAll(postgres);
    report.md("# OCOP workflow benchmark", "Scale " + settings.scale() + " (1.0 = 3,000 communes, 100,000 open tasks, "
        + "1,000,000 finished process instances), generated " + OffsetDateTime.now().withNano(0) + ".\n\n"
        + "Full method and the reading of each figure: `docs/benchmarks.md`.");
    report.md("## Machine and method", "- " + cores + " cores, " + BenchReport.num(memoryGb) + " GB memory, "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", benchmark JVM heap limit "
        + BenchReport.num(HeapMonitor.maxHeapMb()) + " MB; load average at the start " + loadAverage() + ".");
    report.md("## Machine and method", "- PostgreSQL: " + postgres.get("version").replaceAll(" on .*", "")
        + "; " + postgres.entrySet().stream().filter(e -> !e.getKey().equals("version"))
        .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("") + ".");
    report.put("historyLevel", settings.historyLevel().isBlank() ? "full" : settings.historyLevel());
    report.md("## Machine and method", "- Application in the benchmark's JVM (profiles postgres, demo; history "
        + "level " + (settings.historyLevel().isBlank() ? "full" : settings.historyLevel() + " (an experiment; the "
        + "application's is full)") + "; authorizations on), driven through the Java API (cycle) and its REST API over HTTP (task list); "
        + settings.threads() + " Tasklist users at once.");
  }

  static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "n/a" : BenchReport.num(load);
  }

  // ---- 3. decisions ----

  private void decisions(ProcessEngine engine) {
    DecisionRate rate = new DecisionRate(engine);
    rate.check();
    rate.inProcessPerSecond(settings.decisionRoundMillis(), 1);
    Samples single = new Samples();
    Samples all = new Samples();
    for (int r = 0; r < settings.decisionRounds(); r++) {
      single.add(rate.inProcessPerSecond(settings.decisionRoundMillis(), 1));
      all.add(rate.inProcessPerSecond(settings.decisionRoundMillis(), settings.threads()));
    }
    Samples service = new Samples();
    Samples stock = new Samples();
    for (int r = 0; r < Math.min(3, settings.decisionRounds()); r++) {
      service.add(rate.decisionServicePerSecond(settings.decisionRoundMillis()));
      stock.add(rate.stockFeelPerSecond(settings.decisionRoundMillis()));
    }
    report.put("decisions.starRankPerSecond", BenchReport.round(single.median(), 0));
    report.put("decisions.target", DECISION_TARGET);
    report.put("decisions.inProcessOneThread", BenchReport.spread(single, 0));
    report.put("decisions.inProcessAllCores", BenchReport.spread(all, 0));
    report.put("decisions.threads", settings.threads());
    report.put("decisions.viaDecisionService", BenchReport.spread(service, 0));
    report.put("decisions.stockFeelOneThread", BenchReport.spread(stock, 0));
    report.put("decisions.feelEngine", rate.feelEngine());
    report.put("decisions.inputCases", rate.cases());
    String section = "## 3. Decision rate: starRank";
    report.md(section, "Target ≥ " + BenchReport.num(DECISION_TARGET) + " evaluations/s in-process: "
        + BenchReport.verdict(single.median() >= DECISION_TARGET) + ".\n");
    report.md(section, "| how | evaluations per second: median (min to max, runs) |\n|---|---|");
    report.md(section, "| deployed `starRank` (with `starBand`), the engine's FEEL (`" + rate.feelEngine()
        .replaceAll(".*\\.", "") + "`), 1 thread | " + BenchReport.spreadText(single) + " |");
    report.md(section, "| the same, " + settings.threads() + " threads | " + BenchReport.spreadText(all) + " |");
    report.md(section, "| the same with Camunda's stock FEEL engine (every expression parsed at every evaluation), 1 thread | "
        + BenchReport.spreadText(stock) + " |");
    report.md(section, "| `DecisionService.evaluateDecisionByKey` (latest version looked up, history written), 1 thread | "
        + BenchReport.spreadText(service) + " |");
    report.md(section, "\nInputs: the " + rate.cases() + " cases of StarRankDecisionTest's kind (4 regimes × 8 averages "
        + "× caps 1-5, and a disqualified dossier per regime), each result checked before timing.");
  }

  // ---- 1. cycle ----

  private void cycle(ProcessEngine engine, CycleDriver driver, double heapAfterStart) {
    List<CycleDriver.Completion> path = driver.drive(driver.ours(), 0);
    BareCycleModel.deploy(engine, BareCycleModel.of(path));
    driver.drive(driver.bare(), 0);
    driver.run(driver.ours(), settings.cycleWarmupProducts(), settings.threads());
    driver.run(driver.bare(), settings.cycleWarmupProducts(), settings.threads());
    driver.resetSteps();
    Samples ours = new Samples();
    Samples bare = new Samples();
    Samples ratios = new Samples();
    List<Map<String, Object>> rounds = new ArrayList<>();
    HeapMonitor.Seen heap;
    try (HeapMonitor monitor = HeapMonitor.watch()) {
      for (int r = 0; r < settings.cycleRounds(); r++) {
        CycleDriver.Run o;
        CycleDriver.Run b;
        if (r % 2 == 0) {
          o = driver.run(driver.ours(), settings.cycleProductsPerRound(), settings.threads());
          b = driver.run(driver.bare(), settings.cycleProductsPerRound(), settings.threads());
        } else {
          b = driver.run(driver.bare(), settings.cycleProductsPerRound(), settings.threads());
          o = driver.run(driver.ours(), settings.cycleProductsPerRound(), settings.threads());
        }
        ours.add(o.completionsPerSecond());
        bare.add(b.completionsPerSecond());
        ratios.add(o.completionsPerSecond() / b.completionsPerSecond());
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("oursPerSecond", BenchReport.round(o.completionsPerSecond(), 1));
        round.put("barePerSecond", BenchReport.round(b.completionsPerSecond(), 1));
        round.put("ratio", BenchReport.round(o.completionsPerSecond() / b.completionsPerSecond(), 3));
        round.put("loadAverage", loadAverage());
        rounds.add(round);
      }
      heap = monitor.seen();
    }
    double heapUnderLoad = heap.collections() > 0 ? heap.maxAfterCollectionMb() : HeapMonitor.liveHeapMb();
    Map<String, Integer> oursStatements = SqlCapture.countById(SqlCapture.during(() -> driver.drive(driver.ours(), 0)));
    Map<String, Integer> bareStatements = SqlCapture.countById(SqlCapture.during(() -> driver.drive(driver.bare(), 0)));
    report.put("cycle.oursPerSecond", BenchReport.round(ours.median(), 1));
    report.put("cycle.barePerSecond", BenchReport.round(bare.median(), 1));
    report.put("cycle.ratio", BenchReport.round(ratios.median(), 3));
    report.put("cycle.target", CYCLE_TARGET);
    report.put("cycle.ours", BenchReport.spread(ours, 1));
    report.put("cycle.bare", BenchReport.spread(bare, 1));
    report.put("cycle.ratios", BenchReport.spread(ratios, 3));
    report.put("cycle.rounds", rounds);
    report.put("cycle.userTasksPerProduct", path.size());
    report.put("cycle.productsPerRound", settings.cycleProductsPerRound());
    report.put("cycle.threads", settings.threads());
    Map<String, Double> steps = new LinkedHashMap<>();
    driver.stepMillis().forEach((step, millis) -> steps.put(step, BenchReport.round(millis, 2)));
    report.put("cycle.millisPerStep", steps);
    report.put("cycle.statementsPerProduct.ours", oursStatements.values().stream().mapToInt(Integer::intValue).sum());
    report.put("cycle.statementsPerProduct.bare", bareStatements.values().stream().mapToInt(Integer::intValue).sum());
    report.put("cycle.statementsPerProduct.oursById", oursStatements);
    report.put("cycle.statementsPerProduct.bareById", bareStatements);
    report.put("memory.heapMbUnderLoad", BenchReport.round(heapUnderLoad, 1));
    report.put("memory.peakUsedMbUnderLoad", BenchReport.round(heap.maxUsedMb(), 1));
    report.put("memory.collectionsUnderLoad", heap.collections());
    report.put("memory.gcTimeShareUnderLoad", BenchReport.round(heap.gcShare(), 4));
    report.put("memory.target", HEAP_TARGET_MB);

    String section = "## 1. Cycle throughput against the bare engine";
    report.md(section, "Target: ours ≥ " + CYCLE_TARGET + " × the bare engine. Ratio "
        + BenchReport.num(ratios.median()) + ": " + BenchReport.verdict(ratios.median() >= CYCLE_TARGET) + ".\n");
    report.md(section, "Each round drives " + settings.cycleProductsPerRound() + " products through `ocopCycle` ("
        + path.size() + " user tasks each: claim, then submit the form as Tasklist does) and as many through the bare "
        + "reference process (the same " + path.size() + " user tasks, routed to the same units, no listeners, delegates, "
        + "decisions or tables), " + settings.threads() + " users at once, the order alternating between rounds, after "
        + settings.cycleWarmupProducts() + " warm-up products of each.\n");
    report.md(section, "| | task completions per second: median (min to max, runs) |\n|---|---|");
    report.md(section, "| ours (`ocopCycle`) | " + BenchReport.spreadText(ours) + " |");
    report.md(section, "| bare reference process | " + BenchReport.spreadText(bare) + " |");
    report.md(section, "| ratio ours / bare (per round) | " + BenchReport.spreadText(ratios) + " |");
    report.md(section, "\nMilliseconds per step (claim and form submission, or start), ours next to the bare process:\n");
    report.md(section, "| step | ours | bare |\n|---|---|---|");
    steps.keySet().stream().map(step -> step.substring(step.indexOf(':') + 1)).distinct().sorted().forEach(step ->
        report.md(section, "| " + step + " | " + stepText(steps.get("ours:" + step)) + " | "
            + stepText(steps.get("bare:" + step)) + " |"));

    int oursTotal = oursStatements.values().stream().mapToInt(Integer::intValue).sum();
    int bareTotal = bareStatements.values().stream().mapToInt(Integer::intValue).sum();
    report.md(section, "\nSQL statements per product (counted from MyBatis' statement log of one product; batched inserts "
        + "count one each): ours " + BenchReport.num(oursTotal) + ", bare " + BenchReport.num(bareTotal)
        + ". The kinds where ours runs most statements more than the bare process:\n");
    report.md(section, "| statement | ours | bare |\n|---|---|---|");
    java.util.Set<String> kinds = new java.util.TreeSet<>(oursStatements.keySet());
    kinds.addAll(bareStatements.keySet());
    kinds.stream().sorted(java.util.Comparator.comparingInt((String k) -> bareStatements.getOrDefault(k, 0)
        - oursStatements.getOrDefault(k, 0))).limit(15).forEach(k -> report.md(section, "| `" + k + "` | "
        + oursStatements.getOrDefault(k, 0) + " | " + bareStatements.getOrDefault(k, 0) + " |"));

    String memory = "## 4. Start-up time and memory";
    report.md(memory, "Heap (the benchmark's JVM runs the application; limit " + BenchReport.num(HeapMonitor.maxHeapMb())
        + " MB). Target ≤ " + BenchReport.num(HEAP_TARGET_MB) + " MB under load: "
        + BenchReport.verdict(heapUnderLoad <= HEAP_TARGET_MB) + ".\n");
    report.md(memory, "| | MB |\n|---|---|");
    report.md(memory, "| live heap after start (after a full collection) | " + BenchReport.num(heapAfterStart) + " |");
    report.md(memory, "| under the cycle load: largest heap left after a collection (" + heap.collections()
        + " collections) | " + BenchReport.num(heapUnderLoad) + " |");
    report.md(memory, "| under the cycle load: largest heap in use, garbage included | "
        + BenchReport.num(heap.maxUsedMb()) + " |");
    report.md(memory, "\nTime spent collecting garbage under the cycle load: "
        + BenchReport.num(heap.gcShare() * 100) + " %.\n");
  }

  private static String stepText(Double millis) {
    return millis == null ? "–" : BenchReport.num(millis) + " ms";
  }

  // ---- 2. task list ----

  /**
   * Each panel of the supervisors' dashboard over HTTP as giamsat, once section 2 has loaded the open tasks
   * and the full history, with our tables holding a province's programme.
   */
  private void dashboard(BenchApplication app) {
    String section = "## 5. Supervisors' dashboard at provincial scale";
    int products = Math.max(300, (int) Math.round(PRODUCTS_AT_FULL_SCALE * settings.scale()));
    double loadSeconds = timed(() -> {
      DashboardProbe.loadProgramme(database, units.communeCodes(), products);
      return null;
    });
    DashboardProbe probe = new DashboardProbe(app.port());
    report.md(section, "Our tables loaded with " + BenchReport.num(products) + " products (and producers, dossiers, "
        + BenchReport.num(products / 3) + " certificates over five years) in " + BenchReport.num(loadSeconds)
        + " s, beside the open tasks and finished instances of section 2. Each panel is `GET /api/dashboard/views/<panel>`"
        + " as `giamsat` (HTTP Basic), " + settings.queryWarmup() + " untimed then " + settings.querySamplesPerRound()
        + " timed requests. Target p95 ≤ " + BenchReport.num(DASHBOARD_TARGET_MS) + " ms per panel.\n");
    report.md(section, "| panel | p50 ms | p95 ms | target |\n|---|---|---|---|");
    report.put("dashboard.products", products);
    report.put("dashboard.targetMs", DASHBOARD_TARGET_MS);
    for (String panel : DashboardProbe.PANELS) {
      Samples millis = probe.latency(panel, settings.queryWarmup(), settings.querySamplesPerRound());
      String key = "dashboard.p95Ms." + panel.replaceAll("[^A-Za-z]+", "_");
      report.put(key, BenchReport.round(millis.percentile(95), 1));
      report.md(section, "| `" + panel + "` | " + BenchReport.num(millis.percentile(50)) + " | "
          + BenchReport.num(millis.percentile(95)) + " | "
          + BenchReport.verdict(millis.percentile(95) <= DASHBOARD_TARGET_MS) + " |");
    }
    report.md(section, "\n### Query plans of the panels\n\nThe SQL each panel ran, explained again with the same "
        + "parameters (EXPLAIN ANALYZE, BUFFERS).\n");
    for (String panel : DashboardProbe.PANELS) {
      appendPlans(section, "`" + panel + "`", plans(() -> probe.panel(panel)));
    }
    // the programme's certificates have no lifecycle: a node started later (the timers' second node, the
    // packaged restarts) would give each one at its start-up, and fire their past-due timers, during what
    // it measures
    DashboardProbe.clearProgramme(database);
  }

  private void taskList(BenchApplication app, ProcessEngine engine, CycleDriver driver) {
    String section = "## 2. Task list latency at provincial scale";
    List<TasklistProbe.Officer> officers = TasklistProbe.createOfficers(engine.getIdentityService(),
        units.spread(settings.sampledOfficers()));
    ProvincialLoad load = new ProvincialLoad(database, engine.getRepositoryService(), units.communeCodes(),
        units.districtOfCommune());
    this.load = load;
    // certificate lifecycles waiting at a timer, among the jobs during every measurement; fired in section 6
    timers = new TimerBurst(engine, database);
    timerPrepareSeconds = timers.prepare("1", settings.timersDueAtOnce(), settings.threads());
    paths = new TasklistPaths(app.port(), TasklistPaths.roles(engine.getIdentityService(), officers,
        units.districtCodes(), 3));
    double openSeconds = openTasksInSteps(engine);
    double baselineSeconds = timed(() -> {
      historyUpTo(load, settings.baselineHistoricInstances());
      return null;
    });
    TasklistProbe probe = new TasklistProbe(app.port());
    Point small = point(probe, officers, driver, "baseline");
    double fullSeconds = timed(() -> {
      historyUpTo(load, settings.historicInstances());
      return null;
    });
    Point full = point(probe, officers, driver, "full");
    List<SqlCapture.Plan> officerPlans = plans(() -> probe.officerPage(officers.get(0)));
    List<SqlCapture.Plan> supervisorPlans = plans(() -> probe.supervisorCount("productEvaluation"));
    Stock stock = withoutOurIndexes(probe, officers);

    double costRatio = full.millisPerCompletion() / small.millisPerCompletion();
    double bareRatio = full.bareCompletionMillis().median() / small.bareCompletionMillis().median();
    report.put("taskList.officerP95Ms", BenchReport.round(full.officer().percentile(95), 1));
    report.put("taskList.officerP50Ms", BenchReport.round(full.officer().percentile(50), 1));
    report.put("taskList.supervisorP95Ms", BenchReport.round(full.supervisor().percentile(95), 1));
    report.put("taskList.supervisorP50Ms", BenchReport.round(full.supervisor().percentile(50), 1));
    report.put("taskList.openTasks", full.openTasks());
    report.put("taskList.inboxSynchronisations", inboxSynchronisations);
    report.put("taskList.historicInstances", full.historicInstances());
    report.put("taskList.communes", units.communeCodes().size());
    report.put("taskList.costRatio1MvsTenK", BenchReport.round(costRatio, 3));
    report.put("taskList.targetMs", QUERY_TARGET_MS);
    report.put("taskList.costRatioTarget", COST_RATIO_TARGET);
    report.put("taskList.bareCostRatio1MvsTenK", BenchReport.round(bareRatio, 3));
    report.put("taskList.officerP95MsPerRound", BenchReport.spread(full.officerP95s(), 1));
    report.put("taskList.supervisorP95MsPerRound", BenchReport.spread(full.supervisorP95s(), 1));
    report.put("taskList.atBaselineHistory", small.json());
    report.put("taskList.atFullHistory", full.json());
    report.put("taskList.loading.openTasksSeconds", BenchReport.round(openSeconds, 1));
    report.put("taskList.loading.baselineHistorySeconds", BenchReport.round(baselineSeconds, 1));
    report.put("taskList.loading.fullHistorySeconds", BenchReport.round(fullSeconds, 1));
    report.put("taskList.loading.rows", new java.util.TreeMap<>(load.rowsLoaded()));
    report.put("taskList.withoutOurIndexes.officerP95Ms", BenchReport.round(stock.officer().percentile(95), 1));
    report.put("taskList.withoutOurIndexes.officerP50Ms", BenchReport.round(stock.officer().percentile(50), 1));
    report.put("taskList.withoutOurIndexes.supervisorP95Ms", BenchReport.round(stock.supervisor().percentile(95), 1));
    report.put("taskList.withoutOurIndexes.supervisorP50Ms", BenchReport.round(stock.supervisor().percentile(50), 1));
    report.put("taskList.withoutOurIndexes.indexes", stock.indexes());
    report.put("taskList.withoutOurIndexes.plans", stock.plans().stream().map(OcopBenchmark::planJson).toList());
    report.put("taskList.plans.officer", officerPlans.stream().map(OcopBenchmark::planJson).toList());
    report.put("taskList.plans.supervisor", supervisorPlans.stream().map(OcopBenchmark::planJson).toList());

    boolean officerMet = full.officer().percentile(95) <= QUERY_TARGET_MS;
    boolean supervisorMet = full.supervisor().percentile(95) <= QUERY_TARGET_MS;
    report.md(section, "Targets: p95 ≤ " + BenchReport.num(QUERY_TARGET_MS) + " ms per query — officer "
        + BenchReport.verdict(officerMet) + ", supervisor " + BenchReport.verdict(supervisorMet)
        + "; cost per task completion at the full history ≤ " + COST_RATIO_TARGET + " × at the baseline history — "
        + BenchReport.verdict(costRatio <= COST_RATIO_TARGET) + " (" + BenchReport.num(costRatio) + ").\n");
    report.md(section, "Loaded with SQL into the engine's tables: " + BenchReport.num(settings.openTasks())
        + " open tasks over " + units.communeCodes().size() + " communes in " + BenchReport.num(openSeconds)
        + " s; finished process instances up to " + BenchReport.num(small.historicInstances()) + " in "
        + BenchReport.num(baselineSeconds) + " s and up to " + BenchReport.num(full.historicInstances()) + " in "
        + BenchReport.num(fullSeconds) + " s (vacuum and analyze included). Rows: "
        + new java.util.TreeMap<>(load.rowsLoaded()) + ".\n");
    report.md(section, "Officer: `GET /engine-rest/task?candidateGroups=communeOfficers,commune<code>&sortBy=dueDate"
        + "&sortOrder=asc&firstResult=0&maxResults=15` as that commune's officer (HTTP Basic), officers of "
        + officers.size() + " communes taken in turn. Supervisor: `GET /engine-rest/task/count?processDefinitionKey=<stage>`"
        + " as `giamsat`, the " + TasklistProbe.STAGES.size() + " stages in turn.\n");
    report.md(section, "| history | open tasks | finished instances | officer p50 / p95 ms | supervisor p50 / p95 ms "
        + "| ms per task completion: ours | bare (control) | SQL statements per product (ours) |\n"
        + "|---|---|---|---|---|---|---|---|");
    for (Point point : List.of(small, full)) {
      report.md(section, "| " + point.name() + " | " + BenchReport.num(point.openTasks()) + " | "
          + BenchReport.num(point.historicInstances()) + " | " + BenchReport.num(point.officer().percentile(50)) + " / "
          + BenchReport.num(point.officer().percentile(95)) + " | " + BenchReport.num(point.supervisor().percentile(50))
          + " / " + BenchReport.num(point.supervisor().percentile(95)) + " | "
          + BenchReport.spreadText(point.completionMillis()) + " | " + BenchReport.spreadText(point.bareCompletionMillis())
          + " | " + BenchReport.num(point.statementsPerProduct()) + " |");
    }
    report.md(section, "| full, without our indexes on the engine's tables (`db/engine`, dropped for this row) | "
        + BenchReport.num(full.openTasks()) + " | " + BenchReport.num(full.historicInstances()) + " | "
        + BenchReport.num(stock.officer().percentile(50)) + " / " + BenchReport.num(stock.officer().percentile(95)) + " | "
        + BenchReport.num(stock.supervisor().percentile(50)) + " / " + BenchReport.num(stock.supervisor().percentile(95))
        + " | – | – | – |");
    report.md(section, "\nThe cost ratio is ours at the full history over ours at the baseline, " + BenchReport.num(costRatio)
        + "; the bare process, measured alongside as a control for the machine's speed drifting between the two "
        + "points (other builds), gives " + BenchReport.num(bareRatio) + ".\n");
    report.md(section, "\np95 of each round of " + settings.querySamplesPerRound() + " queries at the full history: "
        + "officer " + BenchReport.spreadText(full.officerP95s()) + " ms, supervisor "
        + BenchReport.spreadText(full.supervisorP95s()) + " ms.\n");
    report.md(section, "### Query plans at the full history\n\nEvery statement the engine ran for one request, "
        + "explained again with the same parameters (EXPLAIN ANALYZE, BUFFERS).\n");
    appendPlans(section, "Officer's page", officerPlans);
    appendPlans(section, "Supervisor's count", supervisorPlans);
    appendPlans(section, "Without our indexes: the task query and the count", stock.plans());
  }

  private record Point(String name, long openTasks, long historicInstances, Samples officer, Samples supervisor,
      Samples officerP95s, Samples supervisorP95s, Samples completionMillis, Samples bareCompletionMillis,
      int statementsPerProduct) {

    double millisPerCompletion() {
      return completionMillis.median();
    }

    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("openTasks", openTasks);
      json.put("historicInstances", historicInstances);
      json.put("officerP50Ms", BenchReport.round(officer.percentile(50), 1));
      json.put("officerP95Ms", BenchReport.round(officer.percentile(95), 1));
      json.put("supervisorP50Ms", BenchReport.round(supervisor.percentile(50), 1));
      json.put("supervisorP95Ms", BenchReport.round(supervisor.percentile(95), 1));
      json.put("millisPerTaskCompletion", BenchReport.spread(completionMillis, 2));
      json.put("bareMillisPerTaskCompletion", BenchReport.spread(bareCompletionMillis, 2));
      json.put("statementsPerProduct", statementsPerProduct);
      return json;
    }
  }

  private record Stock(Samples officer, Samples supervisor, List<String> indexes, List<SqlCapture.Plan> plans) {
  }

  /**
   * The same queries with the engine's own indexes only: our indexes on ACT_ tables are dropped for one round
   * and created again from their definitions.
   */
  private Stock withoutOurIndexes(TasklistProbe probe, List<TasklistProbe.Officer> officers) {
    Map<String, String> definitions = new LinkedHashMap<>();
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("select indexname, indexdef from pg_indexes "
          + "where indexname like 'ocop_idx_%' and tablename like 'act_%' order by indexname")) {
        while (rs.next()) {
          definitions.put(rs.getString(1), rs.getString(2));
        }
      }
      for (String index : definitions.keySet()) {
        statement.execute("drop index " + index);
      }
      Samples officer = probe.officerLatency(officers, settings.queryWarmup(), settings.querySamplesPerRound());
      Samples supervisor = probe.supervisorLatency(settings.queryWarmup(), settings.querySamplesPerRound());
      List<SqlCapture.Plan> plans = new ArrayList<>();
      plans(() -> probe.officerPage(officers.get(0))).stream()
          .filter(p -> p.statement().id().startsWith("TaskEntity")).forEach(plans::add);
      plans(() -> probe.supervisorCount("productEvaluation")).stream()
          .filter(p -> p.statement().id().startsWith("TaskEntity")).forEach(plans::add);
      for (String definition : definitions.values()) {
        statement.execute(definition);
      }
      return new Stock(officer, supervisor, List.copyOf(definitions.keySet()), plans);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads finished instances until the history holds {@code instances} (the driven products' count too). */
  private void historyUpTo(ProvincialLoad load, long instances) {
    long driven = finishedInstances() - load.finishedInstancesLoaded();
    load.addFinishedInstances(Math.max(0, instances - driven));
    load.vacuumAnalyze();
    afterEngineRowsLoaded("finished instances up to " + instances);
  }

  /**
   * Called after every step that writes engine rows with SQL (open tasks, finished instances) and before
   * anything is measured on them: rows inserted by SQL raise none of the engine's task events, so the
   * officers' task inbox ({@code tasklist.TaskInbox}, which answers Tasklist's filter calls) is brought up
   * to date the way the application does it at start and every few minutes. Its time is reported.
   */
  private void afterEngineRowsLoaded(String step) {
    long started = System.nanoTime();
    TaskInbox.Synchronized result = inbox.synchronize();
    double seconds = (System.nanoTime() - started) / 1e9;
    // The inbox's rows came in one bulk too: vacuumed and analyzed like the engine's tables, as autovacuum keeps
    // them when tasks come one by one (without it the step measures the first minute of autovacuum's work on
    // rows nothing has vacuumed and statistics of a tenth of them)
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (String table : List.of("ocop_inbox_task", "ocop_inbox_group", "ocop_inbox_tally")) {
        statement.execute("vacuum (analyze) " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    inboxSynchronisations.put(step, Map.of("seconds", BenchReport.round(seconds, 1), "changes", result.toString()));
    LOG.info("Engine rows loaded by SQL ({}): {} open tasks, {} finished instances; task inbox synchronised in {} s: {}",
        step, count("select count(*) from ACT_RU_TASK"), finishedInstances(), BenchReport.round(seconds, 1), result);
  }

  /** Query latency and completion cost at the history loaded so far. */
  private Point point(TasklistProbe probe, List<TasklistProbe.Officer> officers, CycleDriver driver, String name) {
    Samples officer = new Samples();
    Samples supervisor = new Samples();
    Samples officerP95s = new Samples();
    Samples supervisorP95s = new Samples();
    for (int r = 0; r < settings.queryRounds(); r++) {
      Samples o = probe.officerLatency(officers, r == 0 ? settings.queryWarmup() : 0, settings.querySamplesPerRound());
      Samples s = probe.supervisorLatency(r == 0 ? settings.queryWarmup() : 0, settings.querySamplesPerRound());
      o.values().forEach(officer::add);
      s.values().forEach(supervisor::add);
      officerP95s.add(o.percentile(95));
      supervisorP95s.add(s.percentile(95));
    }
    for (String stage : TasklistProbe.STAGES) {
      if (probe.supervisorCount(stage) < 0) {
        throw new IllegalStateException("No count for stage " + stage);
      }
    }
    if (probe.officerPage(officers.get(officers.size() / 2)).isEmpty()) {
      throw new IllegalStateException("An officer sees no open task of the commune's after the load");
    }
    Samples completion = new Samples();
    Samples bareCompletion = new Samples();
    for (int r = 0; r < settings.completionProbeRounds(); r++) {
      completion.add(driver.run(driver.ours(), settings.completionProbeProducts(), settings.threads())
          .millisPerCompletion());
      bareCompletion.add(driver.run(driver.bare(), settings.completionProbeProducts(), settings.threads())
          .millisPerCompletion());
    }
    int statements = SqlCapture.during(() -> driver.drive(driver.ours(), 0)).size();
    String label = name.equals("baseline") ? "baseline (" + BenchReport.num(settings.baselineHistoricInstances())
        + " at full scale 10,000)" : "full (" + BenchReport.num(settings.historicInstances()) + ")";
    return new Point(label, count("select count(*) from ACT_RU_TASK"),
        finishedInstances(), officer, supervisor, officerP95s, supervisorP95s, completion, bareCompletion, statements);
  }

  private long finishedInstances() {
    return count("select count(*) from ACT_HI_PROCINST where END_TIME_ is not null");
  }

  private long count(String sql) {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<SqlCapture.Plan> plans(Runnable request) {
    request.run();
    List<SqlCapture.Statement> statements = SqlCapture.during(request);
    try (Connection connection = database.connect()) {
      return statements.stream().map(statement -> SqlCapture.explain(connection, statement)).toList();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> planJson(SqlCapture.Plan plan) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("statement", plan.statement().id());
    json.put("sql", plan.statement().sql());
    json.put("parameters", plan.statement().parameters());
    json.put("plan", plan.plan());
    return json;
  }

  private void appendPlans(String section, String title, List<SqlCapture.Plan> plans) {
    report.md(section, "#### " + title + " (" + plans.size() + " statements)\n");
    for (SqlCapture.Plan plan : plans) {
      report.md(section, "`" + plan.statement().id() + "` with " + plan.statement().parameters() + "\n");
      report.md(section, "```sql\n" + plan.statement().sql() + "\n```\n");
      report.md(section, "```\n" + plan.plan() + "```\n");
    }
  }

  // ---- 6. Tasklist's and Cockpit's own calls, officers at once, timers ----

  /** The Tasklist list calls of every role × filter at the open tasks loaded so far (a flatness step). */
  private void flatnessStep(ProcessEngine engine) {
    Samples pooled = new Samples();
    CpuSplit.Snapshot cpuBefore = CpuSplit.take(java.util.Set.of());
    long started = System.nanoTime();
    List<TasklistPaths.Cell> cells = paths.cells(settings.tasklistWarmup(), settings.flatnessSamples(), false);
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Double> cores = CpuSplit.between(cpuBefore, CpuSplit.take(java.util.Set.of()));
    cells.forEach(cell -> cell.list().values().forEach(pooled::add));
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("openTasks", count("select count(*) from ACT_RU_TASK"));
    step.put("historicInstances", finishedInstances());
    step.put("listP50Ms", BenchReport.round(pooled.percentile(50), 1));
    step.put("listP95Ms", BenchReport.round(pooled.percentile(95), 1));
    step.put("listP99Ms", BenchReport.round(pooled.percentile(99), 1));
    step.put("calls", pooled.size());
    step.put("seconds", BenchReport.round(seconds, 1));
    // what else ran while the calls were timed: the application's collections, and the cores each process
    // used (this JVM is both the application and the client that calls it, one call after another)
    step.put("gcCollections", cells.stream().mapToLong(TasklistPaths.Cell::collections).sum());
    step.put("gcMillis", cells.stream().mapToLong(TasklistPaths.Cell::gcMillis).sum());
    step.put("cores", cores);
    step.put("loadAverage", loadAverage());
    // the application's regular check of the inbox against the engine's tasks (every 5 minutes on each node),
    // timed after the calls with nothing to change: it compares whole tables, so it grows with the open tasks
    long checkStarted = System.nanoTime();
    TaskInbox.Synchronized check = inbox.synchronize();
    step.put("inboxCheckSeconds", BenchReport.round((System.nanoTime() - checkStarted) / 1e9, 2));
    step.put("inboxCheckChanges", check.toString());
    flatnessSteps.add(step);
    flatnessSamples.add(pooled);
    LOG.info("Flatness step: {}", step);
  }

  /** Puts a figure with its target and verdict ({@code <field>Target}, {@code <field>Verdict}). */
  private boolean figure(String field, double value, double target, boolean atMost) {
    boolean met = atMost ? value <= target : value >= target;
    report.put(field, BenchReport.round(value, value < 10 ? 2 : 1));
    report.put(field + "Target", target);
    report.put(field + "Verdict", met ? "met" : "missed");
    return met;
  }

  private static Map<String, Object> percentiles(Samples samples) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("calls", samples.size());
    json.put("p50Ms", samples.size() == 0 ? null : BenchReport.round(samples.percentile(50), 1));
    json.put("p95Ms", samples.size() == 0 ? null : BenchReport.round(samples.percentile(95), 1));
    return json;
  }

  private static String p5095(Samples samples) {
    return samples.size() == 0 ? "–" : BenchReport.num(samples.percentile(50)) + " / "
        + BenchReport.num(samples.percentile(95));
  }

  private void realPaths(BenchApplication app, ProcessEngine engine) {
    String section = "## 6. Tasklist's and Cockpit's own calls, officers at once, timers in bulk";
    long openTasks = count("select count(*) from ACT_RU_TASK");
    long history = finishedInstances();
    report.md(section, "At " + BenchReport.num(openTasks) + " open tasks and " + BenchReport.num(history)
        + " finished process instances. Every call goes through the webapps' session as Tasklist 7.24 and Cockpit "
        + "7.24 make it (login form, session cookie, `X-XSRF-TOKEN`; requests copied from the 7.24 webjar and our "
        + "`ocop-tasklist.js`); see `docs/benchmarks.md`, method part 6.\n");

    // every role × every filter
    List<TasklistPaths.Cell> cells = paths.cells(settings.tasklistWarmup(), settings.tasklistSamples(), true);
    Samples allLists = new Samples();
    Samples allCounts = new Samples();
    cells.forEach(cell -> {
      cell.list().values().forEach(allLists::add);
      cell.count().values().forEach(allCounts::add);
    });
    boolean listMet = figure("taskList.tasklistListP95Ms", allLists.percentile(95), TASKLIST_LIST_TARGET_MS, true);
    figure("taskList.tasklistCountP95Ms", allCounts.percentile(95), TASKLIST_LIST_TARGET_MS, true);
    double worstList = cells.stream().mapToDouble(c -> c.list().percentile(95)).max().orElseThrow();
    double worstCount = cells.stream().mapToDouble(c -> c.count().percentile(95)).max().orElseThrow();
    figure("taskList.tasklistWorstListP95Ms", worstList, TASKLIST_LIST_TARGET_MS, true);
    figure("taskList.tasklistWorstCountP95Ms", worstCount, TASKLIST_LIST_TARGET_MS, true);
    double provinceUnit = cells.stream().filter(c -> c.role().equals("province") && c.filter()
        .equals(TasklistPaths.UNIT_WORK)).mapToDouble(c -> c.list().percentile(95)).findFirst().orElse(Double.NaN);
    double communeUnit = cells.stream().filter(c -> c.role().equals("commune") && c.filter()
        .equals(TasklistPaths.UNIT_WORK)).mapToDouble(c -> c.list().percentile(95)).findFirst().orElse(Double.NaN);
    figure("taskList.tasklistProvinceVsCommuneList", provinceUnit / communeUnit, 1.0, true);
    List<Map<String, Object>> cellJson = new ArrayList<>();
    for (TasklistPaths.Cell cell : cells) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("role", cell.role());
      json.put("filter", cell.filter());
      json.put("tasks", cell.tasks());
      json.put("list", percentiles(cell.list()));
      json.put("count", percentiles(cell.count()));
      json.put("collectionsDuringCell", cell.collections());
      json.put("gcMsDuringCell", cell.gcMillis());
      json.put("verdict", Math.max(cell.list().percentile(95), cell.count().percentile(95))
          <= TASKLIST_LIST_TARGET_MS ? "met" : "missed");
      cellJson.add(json);
    }
    report.put("taskList.tasklistCells", cellJson);
    // what one list call runs, with the plans PostgreSQL chose for it (written after the section's tables)
    Map<String, Object> listStatements = new LinkedHashMap<>();
    Map<String, List<SqlCapture.Plan>> listPlans = new LinkedHashMap<>();
    for (String[] cell : new String[][] {{"commune", TasklistPaths.UNIT_WORK}, {"province", TasklistPaths.UNIT_WORK},
        {"council", TasklistPaths.SCORE_SHEETS}}) {
      List<SqlCapture.Plan> plans = plans(paths.oneList(cell[0], cell[1]));
      listStatements.put(cell[0] + " «" + cell[1] + "»", plans.size());
      listPlans.put("One list call: " + cell[0] + ", «" + cell[1] + "»", plans);
    }
    report.put("taskList.tasklistListStatements", listStatements);
    Map<String, Samples> landings = paths.landings(settings.tasklistWarmup(), settings.tasklistSamples() / 2);
    Samples allLandings = new Samples();
    landings.values().forEach(samples -> samples.values().forEach(allLandings::add));
    boolean landingMet = figure("taskList.tasklistLandingP95Ms", allLandings.percentile(95),
        TASKLIST_LANDING_TARGET_MS, true);
    Map<String, Object> landingByRole = new LinkedHashMap<>();
    landings.forEach((role, samples) -> landingByRole.put(role, percentiles(samples)));
    report.put("taskList.tasklistLandingByRole", landingByRole);
    Map<String, Object> groupShares = new LinkedHashMap<>();
    for (TasklistPaths.Role role : paths.roles()) {
      groupShares.put(role.name(), role.logins().stream().map(TasklistPaths.Login::user).toList());
    }
    report.put("taskList.tasklistUsers", groupShares);
    report.put("taskList.provinceGroupShareOfOpenTasks", BenchReport.round((double) count(
        "select count(*) from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and GROUP_ID_ = 'province"
            + BenchUnits.PROVINCE + "'") / Math.max(1, openTasks), 3));
    report.put("taskList.overdueOpenTasks", count("select count(*) from ACT_RU_TASK where DUE_DATE_ < localtimestamp"));
    report.put("taskList.variablesPerLoadedOpenTask", ProvincialLoad.OPEN_TASK_VARIABLES.size());
    // all runtime variables (the driven products' and the timers' lifecycles too) per open task
    report.put("taskList.runtimeVariablesPerOpenTask", BenchReport.round((double) count(
        "select count(*) from ACT_RU_VARIABLE") / Math.max(1, openTasks), 1));
    report.put("taskList.supervisorCountTargetMs", SUPERVISOR_COUNT_TARGET_MS);
    report.put("taskList.supervisorCountVerdict", ((Number) reportValue("taskList.supervisorP95Ms")).doubleValue()
        <= SUPERVISOR_COUNT_TARGET_MS ? "met" : "missed");

    report.md(section, "### Tasklist: every role, every filter\n");
    report.md(section, "Targets (issues 20, 21): list and count p95 ≤ " + BenchReport.num(TASKLIST_LIST_TARGET_MS)
        + " ms for every role and filter — all list calls pooled " + BenchReport.verdict(listMet) + " ("
        + BenchReport.num(allLists.percentile(95)) + " ms), worst cell list " + BenchReport.num(worstList)
        + " ms, count " + BenchReport.num(worstCount) + " ms; landing p95 ≤ "
        + BenchReport.num(TASKLIST_LANDING_TARGET_MS) + " ms " + BenchReport.verdict(landingMet) + " ("
        + BenchReport.num(allLandings.percentile(95)) + " ms); the province officer's list no slower than a "
        + "commune officer's: " + BenchReport.num(provinceUnit) + " against " + BenchReport.num(communeUnit) + " ms "
        + BenchReport.verdict(provinceUnit <= communeUnit) + ".\n");
    report.md(section, "Each cell: " + settings.tasklistSamples() + " list calls (`POST /filter/{id}/list?firstResult=0&"
        + "maxResults=15`, HAL, sorted by due date) and as many counts (`POST /filter/{id}/count`), the role's users "
        + "in turn, after " + settings.tasklistWarmup() + " untimed (a cell stops after 60 s). Users: "
        + groupShares + ".\n");
    report.md(section, "| role | filter | tasks in the filter (largest) | list p50 / p95 ms | count p50 / p95 ms "
        + "| collections (ms) while timed | verdict |\n|---|---|---|---|---|---|---|");
    for (TasklistPaths.Cell cell : cells) {
      report.md(section, "| " + cell.role() + " | " + cell.filter() + " | " + String.format("%,d", cell.tasks()) + " | "
          + p5095(cell.list()) + " | " + p5095(cell.count()) + " | " + cell.collections() + " (" + cell.gcMillis()
          + ") | " + BenchReport.verdict(Math.max(
          cell.list().percentile(95), cell.count().percentile(95)) <= TASKLIST_LIST_TARGET_MS) + " |");
    }
    report.md(section, "\nLanding (authentication, profile, filter count, filters, first page of the selected "
        + "filter), ms p50 / p95 by role: " + landings.entrySet().stream().map(e -> e.getKey() + " "
        + p5095(e.getValue())).reduce((a, b) -> a + "; " + b).orElse("") + ".\n");

    listPlans.forEach((title, plans) -> appendPlans(section, title, plans));

    officersAtOnce(app, engine, section);
    report.write(settings.output());
    cockpit(app, section);
    report.write(settings.output());
    flatness(engine, section);
    report.write(settings.output());
    timers(section);
  }

  private Object reportValue(String path) {
    return ((Map<?, ?>) report.object(path.substring(0, path.lastIndexOf('.')))).get(path.substring(
        path.lastIndexOf('.') + 1));
  }

  /**
   * 50 sessions of different officers at once: commune officers (the demo ones work real products: they claim
   * and submit the check of the idea form), district and province officers and council members.
   */
  private void officersAtOnce(BenchApplication app, ProcessEngine engine, String section) {
    CycleTaskForms forms = CycleTaskForms.straightThrough(app.bean(CriteriaCatalog.class));
    CycleDriver driver = new CycleDriver(engine, forms, CYCLE_COMMUNES);
    int submitRounds = (settings.concurrencyRounds() + 1) / 4 + 1;
    // real products: each demo commune officer gets the idea-form checks of its commune's new products
    Map<String, java.util.Queue<String>> realTasks = new LinkedHashMap<>();
    for (String commune : CYCLE_COMMUNES) {
      realTasks.put(commune, new java.util.concurrent.ConcurrentLinkedQueue<>());
    }
    for (int i = 0; i < CYCLE_COMMUNES.size() * submitRounds; i++) {
      String commune = CYCLE_COMMUNES.get(i % CYCLE_COMMUNES.size());
      CycleDriver.Product product = driver.ours().start(i);
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(product.processInstanceId())
          .list().forEach(called -> engine.getTaskService().createTaskQuery().processInstanceId(called.getId())
              .taskDefinitionKey("Task_CheckForm").list().forEach(task -> realTasks.get(commune).add(task.getId())));
    }
    List<TasklistPaths.Officer> officers = new ArrayList<>();
    for (String commune : CYCLE_COMMUNES) {
      String userId = driver.userOf("commune" + commune);
      officers.add(new TasklistPaths.Officer(new TasklistPaths.Login(userId, userId.startsWith("canbo")
          ? TasklistProbe.OFFICER_PASSWORD : TasklistPaths.DEMO_PASSWORD), realTasks.get(commune)));
    }
    for (TasklistPaths.Role role : paths.roles()) {
      if (!role.name().equals("commune")) {
        role.logins().stream().limit(2).forEach(login -> officers.add(new TasklistPaths.Officer(login,
            new java.util.concurrent.ConcurrentLinkedQueue<>())));
      }
    }
    List<String> communes = units.spread(Math.min(units.communeCodes().size(),
        BenchSettings.OFFICERS_AT_ONCE - officers.size()));
    for (int i = 0; officers.size() < BenchSettings.OFFICERS_AT_ONCE; i++) {
      String code = communes.get(i % communes.size());
      String userId = "canbo" + code + "dongthoi" + (i / communes.size() + 1);
      TasklistProbe.createOfficer(engine.getIdentityService(), userId, code);
      officers.add(new TasklistPaths.Officer(new TasklistPaths.Login(userId, TasklistProbe.OFFICER_PASSWORD),
          new java.util.concurrent.ConcurrentLinkedQueue<>()));
    }
    TasklistPaths.Concurrency run = TasklistPaths.officersAtOnce(app.port(), officers, settings.concurrencyRounds(),
        settings.thinkMillis(), key -> new LinkedHashMap<>(forms.forTask(key)));
    Samples all = run.timings().all();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sessions", run.sessions());
    json.put("rounds", run.rounds());
    json.put("thinkSeconds", run.thinkMillis() / 1000.0);
    json.put("requests", all.size());
    json.put("requestsPerSecond", BenchReport.round(run.requestsPerSecond(), 1));
    json.put("seconds", BenchReport.round(run.seconds(), 1));
    json.put("p50Ms", BenchReport.round(all.percentile(50), 1));
    json.put("p95Ms", BenchReport.round(all.percentile(95), 1));
    json.put("errors", run.timings().errors());
    json.put("errorExamples", run.timings().errorExamples());
    json.put("submissions", run.submissions());
    json.put("targetP95Ms", OFFICERS_AT_ONCE_TARGET_MS);
    boolean met = all.percentile(95) <= OFFICERS_AT_ONCE_TARGET_MS && run.timings().errors() == 0;
    json.put("verdict", met ? "met" : "missed");
    Map<String, Object> byKind = new LinkedHashMap<>();
    run.timings().byKind().forEach((kind, samples) -> byKind.put(kind, percentiles(samples)));
    json.put("byRequest", byKind);
    json.put("users", officers.stream().map(o -> o.login().user()).toList());
    report.put("concurrency.officers50", json);
    report.md(section, "### " + run.sessions() + " officers at once\n");
    report.md(section, "Target: p95 ≤ " + BenchReport.num(OFFICERS_AT_ONCE_TARGET_MS) + " ms per request and no "
        + "error: " + BenchReport.verdict(met) + " (p95 " + BenchReport.num(all.percentile(95)) + " ms, "
        + run.timings().errors() + " errors).\n");
    report.md(section, run.sessions() + " sessions of different officers (" + CYCLE_COMMUNES.size() + " demo commune "
        + "officers who claim and submit real tasks, district and province officers, council members, the rest "
        + "commune officers), each: log in, land, then " + run.rounds() + " rounds of " + BenchReport.num(
        run.thinkMillis() / 1000.0) + " s think time and the list of its selected filter (Tasklist polls every "
        + "10 s), opening the first task of the list every third round, and (the demo commune officers) "
        + "claiming and submitting the idea-form check of a product of theirs every fourth round. "
        + BenchReport.num(all.size()) + " requests in " + BenchReport.num(run.seconds()) + " s ("
        + BenchReport.num(run.requestsPerSecond()) + " requests/s, think time included); " + run.submissions()
        + " forms submitted.\n");
    report.md(section, "| request | calls | p50 / p95 ms |\n|---|---|---|");
    run.timings().byKind().forEach((kind, samples) -> report.md(section, "| " + kind + " | " + samples.size()
        + " | " + p5095(samples) + " |"));
    if (run.timings().errors() > 0) {
      report.md(section, "\nErrors, first ones: " + run.timings().errorExamples() + "\n");
    }
  }

  private void cockpit(BenchApplication app, String section) {
    CockpitProbe.Result result = CockpitProbe.measure(app.port(), TasklistProbe.SUPERVISOR,
        TasklistProbe.SUPERVISOR_PASSWORD, settings.tasklistWarmup(), settings.tasklistSamples());
    double worst = CockpitProbe.STATISTICS.stream().mapToDouble(name -> result.byCall().get(name).percentile(95))
        .max().orElseThrow();
    boolean met = figure("cockpit.statisticsP95Ms", worst, COCKPIT_STATISTICS_TARGET_MS, true);
    report.put("cockpit.startPageP95Ms", BenchReport.round(result.startPage().percentile(95), 1));
    Map<String, Object> byCall = new LinkedHashMap<>();
    result.byCall().forEach((name, samples) -> {
      Map<String, Object> json = percentiles(samples);
      json.put("path", CockpitProbe.CALLS.get(name));
      byCall.put(name, json);
    });
    report.put("cockpit.byCall", byCall);
    report.md(section, "\n### Cockpit start as the supervisor\n");
    report.md(section, "Target: statistics p95 ≤ " + BenchReport.num(COCKPIT_STATISTICS_TARGET_MS) + " ms: "
        + BenchReport.verdict(met) + " (worst statistics call " + BenchReport.num(worst) + " ms; the whole start "
        + "p95 " + BenchReport.num(result.startPage().percentile(95)) + " ms). `giamsat` in the Cockpit session, "
        + settings.tasklistSamples() + " starts after " + settings.tasklistWarmup() + " untimed.\n");
    report.md(section, "| call | path | p50 / p95 ms |\n|---|---|---|");
    result.byCall().forEach((name, samples) -> report.md(section, "| " + name + " | `" + CockpitProbe.CALLS.get(name)
        + "` | " + p5095(samples) + " |"));
  }

  /**
   * The load's open tasks in steps, up to {@code settings.openTasks()}: the Tasklist list is measured at each
   * (a flatness step, section 6). Returns the seconds spent inserting them.
   */
  private double openTasksInSteps(ProcessEngine engine) {
    double openSeconds = 0;
    for (int step : settings.flatnessSteps()) {
      if (step > settings.openTasks()) {
        break;
      }
      int more = step - load.openTasksLoaded();
      openSeconds += timed(() -> {
        load.addOpenTasks(more);
        return null;
      });
      load.vacuumAnalyze();
      afterEngineRowsLoaded("open tasks up to " + step);
      flatnessStep(engine);
    }
    return openSeconds;
  }

  /** The flatness steps: the first (20,000 at full scale), the load's, and -Dbench.flatnessMax when given. */
  private void flatness(ProcessEngine engine, String section) {
    List<Integer> steps = settings.flatnessSteps();
    int largest = steps.get(steps.size() - 1);
    if (largest > load.openTasksLoaded()) {
      double seconds = timed(() -> {
        load.addOpenTasks(largest - load.openTasksLoaded());
        return null;
      });
      load.vacuumAnalyze();
      afterEngineRowsLoaded("open tasks up to " + largest + " (flatness)");
      LOG.info("Loaded open tasks up to {} in {} s", largest, seconds);
      // the load outlasts the webapps' session (30 minutes): the officers log in again, as after a long break
      paths.logInAgain();
      flatnessStep(engine);
    }
    double ratio = flatnessSamples.get(flatnessSamples.size() - 1).percentile(95) / flatnessSamples.get(0)
        .percentile(95);
    boolean met = figure("taskList.flatness", ratio, FLATNESS_TARGET, true);
    report.put("taskList.flatnessSteps", flatnessSteps);
    report.put("taskList.flatnessMeasuredAt", flatnessSteps.stream().map(s -> s.get("openTasks")).toList());
    report.md(section, "\n### Flatness of the Tasklist list\n");
    report.md(section, "Target: list p95 at the largest step / at the first ≤ " + BenchReport.num(FLATNESS_TARGET)
        + ": " + BenchReport.num(ratio) + " " + BenchReport.verdict(met) + ". Steps measured (open tasks): "
        + flatnessSteps.stream().map(s -> String.format("%,d", ((Number) s.get("openTasks"))
        .longValue())).reduce((a, b) -> a + ", " + b).orElse("") + (settings.flatnessMax() == 0
        ? " (the largest step of 1,000,000 × scale only with `-Dbench.flatnessMax=1000000`)" : "")
        + ". Each step: " + settings.flatnessSamples() + " list calls per role × filter after the open tasks of the "
        + "step were loaded and analyzed; the first steps before the history is loaded (the task queries read no "
        + "history), a step above the load's open tasks at the end, at the full history.\n");
    report.md(section, "| open tasks | finished instances | list p50 / p95 / p99 ms | calls in s | collections (ms) "
        + "| cores used: application / PostgreSQL / second node / other; machine busy | load average | the inbox's 5-minute check "
        + "afterwards, s |\n|---|---|---|---|---|---|---|---|");
    for (Map<String, Object> step : flatnessSteps) {
      @SuppressWarnings("unchecked")
      Map<String, Double> cores = (Map<String, Double>) step.get("cores");
      report.md(section, "| " + String.format("%,d", ((Number) step.get("openTasks")).longValue()) + " | "
          + String.format("%,d", ((Number) step.get("historicInstances")).longValue()) + " | " + step.get("listP50Ms")
          + " / " + step.get("listP95Ms") + " / " + step.get("listP99Ms") + " | " + step.get("calls") + " in "
          + step.get("seconds") + " | " + step.get("gcCollections") + " (" + step.get("gcMillis") + ") | "
          + coresText(cores) + " | " + step.get("loadAverage") + " | " + BenchReport.num(((Number) step.get("inboxCheckSeconds")).doubleValue())
          + " |");
    }
  }

  private void timers(String section) {
    int n = settings.timersDueAtOnce();
    // what one firing runs, counted apart from the burst on a lifecycle of its own
    Map<String, Integer> oneFiring = SqlCapture.countById(SqlCapture.during(timers.oneFiring("statements")));
    TimerBurst.Result one = timers.fire("1", n, 1, 180, java.util.Set.of());
    TimerBurst.Result two = null;
    double secondNodeStart = 0;
    double twoPrepare = 0;
    String twoNodes = "not measured in the smoke run (it would start the packaged application once more)";
    if (settings.timersOnTwoNodes()) {
      twoPrepare = timers.prepare("2", n, settings.threads());
      try (StartupProbe.Node node = new StartupProbe(settings.output()).start(database, units, "second-node",
          settings.historyLevel())) {
        secondNodeStart = node.secondsToHealthy();
        two = timers.fire("2", n, 2, 180, java.util.Set.of(node.process().pid()));
        twoNodes = "measured";
      } catch (IllegalStateException e) {
        twoNodes = "not measured: the second node did not start (" + e.getMessage() + ")";
        LOG.warn("Second node for the timers did not start", e);
      }
    }
    boolean met = one.failedAttempts() == 0 && one.duplicates() == 0 && one.left() == 0
        && one.jobsPerSecond() >= TIMERS_PER_SECOND_TARGET;
    figure("timers.dueAtOncePerSecond", one.jobsPerSecond(), TIMERS_PER_SECOND_TARGET, false);
    report.put("timers.dueAtOnceVerdict", met ? "met" : "missed");
    report.put("timers.timers", n);
    report.put("timers.failures", one.failedAttempts() + (two == null ? 0 : two.failedAttempts()));
    report.put("timers.duplicates", one.duplicates() + (two == null ? 0 : two.duplicates()));
    report.put("timers.how", "real certificateLifecycle instances started through the engine's API at "
        + TimerBurst.TIMER + " with a real lifecycle's variables (" + BenchReport.num(timerPrepareSeconds)
        + " s), timers made due at one moment by one UPDATE of ACT_RU_JOB.DUEDATE_");
    report.put("timers.statementsPerTimer", oneFiring.values().stream().mapToInt(Integer::intValue).sum());
    report.put("timers.statementsPerTimerById", oneFiring);
    report.put("timers.oneNode", timerJson(one));
    report.put("timers.twoNodes", two == null ? null : timerJson(two));
    report.put("timers.twoNodesStatus", twoNodes);
    if (two != null) {
      report.put("timers.twoNodesPerSecond", BenchReport.round(two.jobsPerSecond(), 1));
      report.put("timers.secondNodeSecondsToHealthy", BenchReport.round(secondNodeStart, 1));
      report.put("timers.twoNodesPrepareSeconds", BenchReport.round(twoPrepare, 1));
    }
    report.md(section, "\n### Certificate timers due at once\n");
    report.md(section, "Target ≥ " + BenchReport.num(TIMERS_PER_SECOND_TARGET) + " timers/s per node, no failure, no "
        + "duplicate: one node " + BenchReport.verdict(met) + ". " + BenchReport.num(n) + " `certificateLifecycle` "
        + "instances started through the engine (at their timer \"45 ngày trước khi hết hạn\", with a real "
        + "lifecycle's variables; " + BenchReport.num(timerPrepareSeconds) + " s, before the task-list load, so "
        + "that they are among the jobs during every measurement), then all made due at one moment with one "
        + "UPDATE of `ACT_RU_JOB.DUEDATE_`; each firing records the expiry notice, notifies the producer and "
        + "creates the commune's task. Rate: successful timer jobs over the span from the first to the last "
        + "success in `ACT_HI_JOB_LOG`; time to done counts from the UPDATE (it includes the job executor's idle "
        + "wait before its next acquisition). Two nodes: " + twoNodes + "; the second node is started just before "
        + "its burst, while the benchmark's node may be in its idle back-off (up to the job executor's max-wait), "
        + "so at small scales the second node can work off the whole burst alone (see \"by node\").\n");
    report.md(section, "\nOne firing runs " + oneFiring.values().stream().mapToInt(Integer::intValue).sum()
        + " SQL statements (a lifecycle of its own, fired through the engine's API, counted from MyBatis' statement "
        + "log; batched inserts count one each): " + oneFiring.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(entry -> "`" + entry.getKey() + "` " + entry.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
        + ".\n");
    report.md(section, "| nodes | timers | fired | jobs/s (first to last) | seconds from due to done | failed "
        + "attempts | duplicates | left | by node | cores used: application / PostgreSQL / second node / other; machine busy |\n|---|---|---|---|---|---|---|---|---|---|");
    for (TimerBurst.Result result : java.util.Arrays.asList(one, two)) {
      if (result != null) {
        report.md(section, "| " + result.nodes() + " | " + BenchReport.num(result.timers()) + " | "
            + BenchReport.num(result.succeeded()) + " | " + BenchReport.num(result.jobsPerSecond()) + " | "
            + BenchReport.num(result.secondsToDone()) + " | " + result.failedAttempts() + " | " + result.duplicates()
            + " | " + result.left() + " | " + result.byNode() + " | " + coresText(result.cores()) + " |");
      }
    }
  }

  /** "1,21 / 0,62 / 0 / 0,05; 1,9 of 2" from {@link CpuSplit#between}; "–" where {@code /proc} is missing. */
  private static String coresText(Map<String, Double> cores) {
    if (cores.isEmpty()) {
      return "–";
    }
    return BenchReport.num(cores.get(CpuSplit.APPLICATION)) + " / " + BenchReport.num(cores.get(CpuSplit.POSTGRES))
        + " / " + BenchReport.num(cores.get(CpuSplit.SECOND_NODE)) + " / " + BenchReport.num(cores.get(CpuSplit.OTHER))
        + "; " + BenchReport.num(cores.getOrDefault("machineBusy", 0.0)) + " of "
        + BenchReport.num(cores.get("machineCores"));
  }

  private static Map<String, Object> timerJson(TimerBurst.Result result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("nodes", result.nodes());
    json.put("timers", result.timers());
    json.put("fired", result.succeeded());
    json.put("jobsPerSecond", BenchReport.round(result.jobsPerSecond(), 1));
    json.put("firstToLastSeconds", BenchReport.round(result.firstToLastSeconds(), 2));
    json.put("secondsFromDueToDone", BenchReport.round(result.secondsToDone(), 2));
    json.put("failedAttempts", result.failedAttempts());
    json.put("duplicates", result.duplicates());
    json.put("left", result.left());
    json.put("byNode", result.byNode());
    json.put("cores", result.cores());
    return json;
  }

  // ---- 4. start-up ----

  private void startup(java.util.concurrent.CompletableFuture<Double> smokeStart) {
    StartupProbe probe = new StartupProbe(settings.output());
    Samples restarts = new Samples();
    if (smokeStart != null) {
      restarts.add(smokeStart.join());
    }
    for (int r = 0; r < settings.startupRuns(); r++) {
      restarts.add(probe.secondsToHealthy(database, units, "restart-" + (r + 1), settings.historyLevel()));
    }
    Double first = null;
    if (!settings.smoke()) {
      first = probe.secondsToHealthy(BenchDatabase.create("ocop_bench_fresh"), units, "first", settings.historyLevel());
    }
    report.put("startup.secondsToHealthy", BenchReport.round(restarts.median(), 2));
    report.put("startup.restarts", BenchReport.spread(restarts, 2));
    report.put("startup.firstStartSeconds", first == null ? null : BenchReport.round(first, 2));
    report.put("startup.target", STARTUP_TARGET_SECONDS);
    report.put("startup.jar", probe.jar().getFileName().toString());
    String section = "## 4. Start-up time and memory";
    report.md(section, "Seconds from `java -XX:MaxRAMPercentage=75 -jar " + probe.jar().getFileName()
        + "` (profiles prod, postgres; " + units.communeCodes().size() + " communes) to `/actuator/health` UP. Target ≤ "
        + BenchReport.num(STARTUP_TARGET_SECONDS) + " s: restart " + BenchReport.verdict(restarts.median()
        <= STARTUP_TARGET_SECONDS) + (first == null ? "" : ", first start " + BenchReport.verdict(first
        <= STARTUP_TARGET_SECONDS)) + ".\n");
    report.md(section, "| start | seconds to healthy |\n|---|---|");
    report.md(section, "| " + (smokeStart != null ? "smoke run: start on an empty database while the rest ran (not a timing)"
        : "restart on the loaded database") + " | " + BenchReport.spreadText(restarts) + " |");
    report.md(section, "| first start on an empty database (schema, migrations, models, groups) | "
        + (first == null ? "not measured in the smoke run" : BenchReport.num(first)) + " |");
  }

  private static double timed(Supplier<?> work) {
    long started = System.nanoTime();
    work.get();
    return (System.nanoTime() - started) / 1e9;
  }
}
