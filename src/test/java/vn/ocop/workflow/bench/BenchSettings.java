package vn.ocop.workflow.bench;

import java.nio.file.Path;

/**
 * How big the benchmark runs. {@code scale} 1.0 is the provincial scale of issue 8 (3,000 communes,
 * 100,000 open tasks, 1,000,000 finished process instances); the smoke run in the normal build uses
 * 0.001. Timed repetitions shrink with the scale so that the smoke run stays short.
 *
 * @param scale   {@code -Dbench.scale}, default 1.0
 * @param output  where report.md and report.json go ({@code -Dbench.output}, default target/bench)
 * @param threads how many Tasklist users drive products at once ({@code -Dbench.threads}, default: the cores)
 * @param historyLevel an experiment: the engine's history level for this run ({@code -Dbench.historyLevel},
 *        default: the application's, full)
 * @param parts   {@code -Dbench.parts}: {@code all} (default); {@code dashboard}: only section 5 (the
 *        supervisors' dashboard), after section 2's load of open tasks and history but without its probes, no
 *        decisions, cycle or start-up; {@code flatness}: only the flatness steps of the Tasklist list (with
 *        {@code bench.flatnessMax}, the million open tasks), without the history (which the task queries do
 *        not read), the lifecycle timers and the other parts
 * @param reuseDatabase {@code -Dbench.reuse=true} (with {@code bench.parts=dashboard}): keep the database
 *        {@code ocop_bench} a previous run loaded, on the server named by {@code OCOP_TEST_DB_URL} (an
 *        embedded server ends with its JVM), and load the open tasks and history again only if missing
 *        (our programme's rows, quick to load, are loaded anew): before/after pairs on the same rows, and
 *        a database to EXPLAIN in afterwards
 * @param flatnessMax the largest open-task count of the flatness steps at full scale ({@code -Dbench.flatnessMax},
 *        e.g. 1000000; default 0: the steps stop at the load's open tasks), scaled like the load
 */
public record BenchSettings(double scale, Path output, int threads, String historyLevel, String parts,
    boolean reuseDatabase, long flatnessMax) {

  /** The values of {@code bench.parts}. */
  static final java.util.List<String> PARTS = java.util.List.of("all", "dashboard", "flatness");

  public static final int FULL_COMMUNES = 3_000;
  public static final int FULL_OPEN_TASKS = 100_000;
  public static final int FULL_HISTORIC_INSTANCES = 1_000_000;
  public static final int BASELINE_HISTORIC_INSTANCES = 10_000;
  /** The first step of the flatness measurement (issue 20: from 20,000 open tasks). */
  public static final int FLATNESS_FIRST_STEP = 20_000;
  public static final int FULL_TIMERS_DUE_AT_ONCE = 100_000;
  public static final int OFFICERS_AT_ONCE = 50;
  /** Tasklist polls the selected filter's list every 10 s. */
  public static final long TASKLIST_POLL_MILLIS = 10_000;

  public BenchSettings {
    if (!(scale > 0) || scale > 10) {
      throw new IllegalArgumentException("bench.scale must be above 0 and at most 10, not " + scale);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("bench.threads must be at least 1");
    }
    if (!PARTS.contains(parts)) {
      throw new IllegalArgumentException("bench.parts must be one of " + PARTS + ", not " + parts);
    }
    if (reuseDatabase && !dashboardOnly()) {
      throw new IllegalArgumentException("bench.reuse=true needs bench.parts=dashboard");
    }
    if (flatnessMax < 0) {
      throw new IllegalArgumentException("bench.flatnessMax must not be negative");
    }
  }

  public static BenchSettings fromSystemProperties() {
    double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
    Path output = Path.of(System.getProperty("bench.output", "target/bench"));
    String threadsProperty = System.getProperty("bench.threads", "");
    int threads = threadsProperty.isBlank() ? Runtime.getRuntime().availableProcessors()
        : Integer.parseInt(threadsProperty.trim());
    String parts = System.getProperty("bench.parts", "").trim();
    return new BenchSettings(scale, output, threads, System.getProperty("bench.historyLevel", "").trim(),
        parts.isEmpty() ? "all" : parts, Boolean.parseBoolean(System.getProperty("bench.reuse", "false").trim()),
        Long.parseLong(System.getProperty("bench.flatnessMax", "0").trim()));
  }

  public BenchSettings(double scale, Path output, int threads) {
    this(scale, output, threads, "", "all", false, 0);
  }

  /** {@code bench.parts=dashboard}. */
  public boolean dashboardOnly() {
    return parts.equals("dashboard");
  }

  /** {@code bench.parts=flatness}. */
  public boolean flatnessOnly() {
    return parts.equals("flatness");
  }

  private int scaled(int full, int minimum) {
    return (int) Math.max(minimum, Math.round(full * scale));
  }

  /** A short run: one repetition of everything, no warm-up beyond one product. */
  public boolean smoke() {
    return scale < 0.01;
  }

  public int communes() {
    return scaled(FULL_COMMUNES, 3);
  }

  public int openTasks() {
    return scaled(FULL_OPEN_TASKS, 30);
  }

  public int historicInstances() {
    return scaled(FULL_HISTORIC_INSTANCES, 100);
  }

  /** The smaller history the cost per task completion is compared with (10,000 at full scale). */
  public int baselineHistoricInstances() {
    return scaled(BASELINE_HISTORIC_INSTANCES, 10);
  }

  /** Officers (with a login) created for communes picked evenly over all of them. */
  public int sampledOfficers() {
    return Math.min(communes(), smoke() ? 3 : 100);
  }

  public int cycleWarmupProducts() {
    return smoke() ? 0 : 20;
  }

  public int cycleProductsPerRound() {
    return smoke() ? 1 : Math.max(4, (int) Math.round(40 * Math.min(scale, 2)));
  }

  public int cycleRounds() {
    return smoke() ? 1 : 5;
  }

  /** Products driven for one measurement of the cost per task completion at a history size. */
  public int completionProbeProducts() {
    return smoke() ? 1 : Math.max(4, (int) Math.round(30 * Math.min(scale, 2)));
  }

  public int completionProbeRounds() {
    return smoke() ? 1 : 3;
  }

  public int queryWarmup() {
    return smoke() ? 2 : 50;
  }

  public int querySamplesPerRound() {
    return smoke() ? 5 : 200;
  }

  public int queryRounds() {
    return smoke() ? 1 : 3;
  }

  public long decisionRoundMillis() {
    return smoke() ? 100 : 2_000;
  }

  public int decisionRounds() {
    return smoke() ? 1 : 5;
  }

  /** Timed restarts of the packaged application (the smoke run starts it once, alongside the rest). */
  public int startupRuns() {
    return smoke() ? 0 : 3;
  }

  /** The open-task counts the Tasklist list is measured at: 20,000, the load's, and -Dbench.flatnessMax, scaled. */
  public java.util.List<Integer> flatnessSteps() {
    java.util.List<Integer> steps = new java.util.ArrayList<>();
    steps.add(Math.min(openTasks(), scaled(FLATNESS_FIRST_STEP, 10)));
    if (openTasks() > steps.get(0)) {
      steps.add(openTasks());
    }
    long largest = Math.round(flatnessMax * scale);
    if (largest > openTasks()) {
      steps.add((int) Math.min(Integer.MAX_VALUE, largest));
    }
    return steps;
  }

  /** List and count calls per role × filter (and landings per role) on the real Tasklist path. */
  public int tasklistSamples() {
    return smoke() ? 3 : 100;
  }

  public int tasklistWarmup() {
    return smoke() ? 1 : 5;
  }

  /**
   * List calls per role × filter at each flatness step: 60, about 960 calls a step, so that its p95 is not
   * made by a few calls (20 until commit d77b434: 320 calls, a p95 set by the 16 slowest).
   */
  public int flatnessSamples() {
    return smoke() ? 2 : 60;
  }

  /** Rounds of the officers polling at once (each a think time and a list call). */
  public int concurrencyRounds() {
    return smoke() ? 2 : 12;
  }

  /** Tasklist's 10 s between polls, compressed below scale 0.1 so that small runs stay short. */
  public long thinkMillis() {
    return smoke() ? 100 : Math.round(TASKLIST_POLL_MILLIS * Math.min(1, scale * 10));
  }

  public int timersDueAtOnce() {
    return scaled(FULL_TIMERS_DUE_AT_ONCE, 20);
  }

  /** The two-node timer run starts the packaged application as a second node: not in the smoke run. */
  public boolean timersOnTwoNodes() {
    return !smoke();
  }
}
