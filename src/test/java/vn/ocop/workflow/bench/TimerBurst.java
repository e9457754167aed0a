package vn.ocop.workflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Certificate-lifecycle timers in bulk (issue 20): {@code certificateLifecycle} instances started by the
 * engine itself (the public API, {@code startBeforeActivity}) waiting at their timer "45 ngày trước khi hết
 * hạn" ({@code IntermediateEvent_ExpiryNoticeDue}), with the variables of a real lifecycle (one of the
 * certificates the cycle part issued: its product, certificate, commune, dates), the timer first far in the
 * future. The timers are then made due at one moment with one UPDATE of {@code ACT_RU_JOB.DUEDATE_}, and the
 * job executor(s) work them off: each fired timer records the expiry notice on the product's timeline, sends
 * the producer's notice and creates the commune's task "Báo chủ thể: giấy chứng nhận sắp hết hạn", as a
 * real expiry does.
 */
final class TimerBurst {

  static final String PROCESS = "certificateLifecycle";
  static final String TIMER = "IntermediateEvent_ExpiryNoticeDue";
  static final String NOTICE = "Task_RecordExpiryNotice";

  /** How the burst was worked off. */
  record Result(String burst, int timers, int nodes, double secondsToDone, double firstToLastSeconds,
      long succeeded, long failedAttempts, long duplicates, long left, Map<String, Long> byNode,
      Map<String, Double> cores) {
    double jobsPerSecond() {
      return firstToLastSeconds > 0 ? succeeded / firstToLastSeconds : 0;
    }
  }

  private final RuntimeService runtime;
  private final org.camunda.bpm.engine.ManagementService management;
  private final BenchDatabase database;

  TimerBurst(ProcessEngine engine, BenchDatabase database) {
    this.runtime = engine.getRuntimeService();
    this.management = engine.getManagementService();
    this.database = database;
  }

  /** Starts {@code count} lifecycles waiting at the timer (business keys {@code BENCH-TIMER-<burst>-<n>}). */
  double prepare(String burst, int count, int threads) {
    ProcessInstance real = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).active()
        .orderByProcessInstanceId().asc().listPage(0, 1).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No certificate lifecycle to copy: the cycle part issued none"));
    VariableMap template = runtime.getVariablesTyped(real.getId(), true);
    template.putValue("expiryNoticeDate", Date.from(LocalDateTime.now().plusYears(20)
        .atZone(ZoneId.systemDefault()).toInstant()));
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
            runtime.createProcessInstanceByKey(PROCESS).businessKey(key(burst, n))
                .setVariables(Variables.fromMap(template)).startBeforeActivity(TIMER).execute();
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Starting the lifecycles of burst " + burst + " failed", e);
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - started) / 1e9;
  }

  /**
   * Starts one lifecycle of its own (burst {@code burst}) and fires its timer on this thread, through the
   * engine's API, as the job executor would: for counting the statements of one firing.
   */
  Runnable oneFiring(String burst) {
    prepare(burst, 1, 1);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(burst, 0)).singleResult()
        .getId();
    String job = management.createJobQuery().processInstanceId(instance).activityId(TIMER).singleResult().getId();
    return () -> management.executeJob(job);
  }

  private static final String WAITING = "select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e "
      + "on e.ID_ = j.PROCESS_INSTANCE_ID_ where e.BUSINESS_KEY_ like ? and j.HANDLER_TYPE_ = 'timer-intermediate-transition'";

  /**
   * Timer jobs of the burst still waiting, on a connection the caller holds: while a burst is worked off, the
   * benchmark asks once a second on one connection. Until ce1712e it asked every 200 ms with a new connection each time (a new PostgreSQL
   * process for a query that joins the jobs to the executions): in that run's one-node burst the machine was
   * busy 1.93 cores and its lasting processes (the application, PostgreSQL's pooled connections) 1.35; the
   * other 0.58 went to processes that ended within the burst, most likely the benchmark's own connections.
   */
  private static long waiting(PreparedStatement waiting) throws SQLException {
    try (ResultSet rs = waiting.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Makes every timer of the burst due now, in one statement, and waits until the job executor(s) have
   * fired them all (or nothing moved for {@code stallSeconds}). {@code secondNodes}: the pids of the other
   * nodes working the burst, so that the cores each used from the first firing to done are told apart
   * ({@link CpuSplit}).
   */
  Result fire(String burst, int timers, int nodes, long stallSeconds, java.util.Set<Long> secondNodes) {
    long started;
    CpuSplit.Snapshot cpuBefore;
    try (Connection connection = database.connect();
        PreparedStatement due = connection.prepareStatement("update ACT_RU_JOB set DUEDATE_ = ? where ID_ in ("
            + "select j.ID_ from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ "
            + "where e.BUSINESS_KEY_ like ? and j.HANDLER_TYPE_ = 'timer-intermediate-transition')")) {
      due.setTimestamp(1, java.sql.Timestamp.valueOf(LocalDateTime.now().minusSeconds(1)));
      due.setString(2, prefix(burst) + "%");
      cpuBefore = CpuSplit.take(secondNodes);
      started = System.nanoTime();
      int updated = due.executeUpdate();
      if (updated != timers) {
        throw new IllegalStateException("Burst " + burst + ": " + updated + " timers made due, not " + timers);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    long left = timers;
    long lastMove = System.nanoTime();
    try (Connection connection = database.connect(); PreparedStatement waiting = connection.prepareStatement(WAITING)) {
      waiting.setString(1, prefix(burst) + "%");
      while (left > 0 && System.nanoTime() - lastMove < stallSeconds * 1_000_000_000L) {
        sleep(left == timers ? 100 : 1000);
        long now = waiting(waiting);
        if (now < left) {
          if (left == timers) {
            // the processor time counts from the first firing, not from the job executor's idle wait before it
            cpuBefore = CpuSplit.take(secondNodes);
          }
          lastMove = System.nanoTime();
        }
        left = now;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    double secondsToDone = (System.nanoTime() - started) / 1e9;
    Map<String, Double> cores = CpuSplit.between(cpuBefore, CpuSplit.take(secondNodes));
    String of = " from ACT_HI_JOB_LOG l join ACT_HI_PROCINST p on p.ID_ = l.PROCESS_INSTANCE_ID_ "
        + "where p.BUSINESS_KEY_ like ? and l.JOB_DEF_TYPE_ = 'timer-intermediate-transition'";
    long succeeded = count("select count(*)" + of + " and l.JOB_STATE_ = 2", prefix(burst) + "%");
    long failed = count("select count(*)" + of + " and l.JOB_STATE_ = 1", prefix(burst) + "%");
    long duplicateJobs = count("select count(*) from (select l.JOB_ID_" + of + " and l.JOB_STATE_ = 2 "
        + "group by l.JOB_ID_ having count(*) > 1) d", prefix(burst) + "%");
    long duplicateNotices = count("select count(*) from (select a.PROC_INST_ID_ from ACT_HI_ACTINST a "
        + "join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ where p.BUSINESS_KEY_ like ? and a.ACT_ID_ = '" + NOTICE
        + "' group by a.PROC_INST_ID_ having count(*) > 1) d", prefix(burst) + "%");
    double firstToLast = 0;
    Map<String, Long> byNode = new LinkedHashMap<>();
    try (Connection connection = database.connect()) {
      try (PreparedStatement span = connection.prepareStatement("select extract(epoch from max(l.TIMESTAMP_) - "
          + "min(l.TIMESTAMP_))" + of + " and l.JOB_STATE_ = 2")) {
        span.setString(1, prefix(burst) + "%");
        try (ResultSet rs = span.executeQuery()) {
          rs.next();
          firstToLast = rs.getDouble(1);
        }
      }
      try (PreparedStatement nodesStatement = connection.prepareStatement("select coalesce(l.HOSTNAME_, '?'), count(*)"
          + of + " and l.JOB_STATE_ = 2 group by 1 order by 1")) {
        nodesStatement.setString(1, prefix(burst) + "%");
        try (ResultSet rs = nodesStatement.executeQuery()) {
          while (rs.next()) {
            byNode.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Result(burst, timers, nodes, secondsToDone, firstToLast, succeeded, failed,
        duplicateJobs + duplicateNotices, left, byNode, cores);
  }

  private static String key(String burst, int n) {
    return prefix(burst) + n;
  }

  private static String prefix(String burst) {
    return "BENCH-TIMER-" + burst + "-";
  }

  private long count(String sql, String parameter) {
    try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
