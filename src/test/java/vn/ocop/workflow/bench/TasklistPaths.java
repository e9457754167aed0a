package vn.ocop.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import vn.ocop.workflow.access.OcopGroups;

/**
 * The officers' real path (issues 20 and 21): Tasklist's own calls through the webapp session, for every
 * role and every filter the role may read, the landing, and many officers polling at once.
 * <p>
 * Roles: commune officers (the benchmark's officers of communes spread over all), district officers (the
 * demo district officers of the sample districts and benchmark officers of synthetic districts), province
 * officers (the demo province officer and a benchmark one, whose group holds the province's share of all
 * open tasks) and council members (the demo council members, to whom the load assigns score sheets).
 */
final class TasklistPaths {

  static final String DEMO_PASSWORD = "demo";
  static final String UNIT_WORK = "Việc của đơn vị tôi";
  static final String OVERDUE = "Quá hạn";
  static final String SCORE_SHEETS = "Phiếu chấm điểm của tôi";
  /** Longest a role × filter cell is sampled, so that a slow cell cannot stall the run. */
  static final long CELL_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);

  record Login(String user, String password) {
  }

  record Role(String name, List<Login> logins) {
  }

  /**
   * The list and count timings of one role and one filter; the count the list call answered last; the
   * collections of this JVM (which runs the application) while the cell was timed, and their milliseconds.
   */
  record Cell(String role, String filter, Samples list, Samples count, long tasks, long collections, long gcMillis) {
  }

  private final int port;
  private final List<Role> roles;
  private final TasklistSession.Timings timings = new TasklistSession.Timings();
  private final Map<String, List<TasklistSession>> sessions = new LinkedHashMap<>();

  TasklistPaths(int port, List<Role> roles) {
    this.port = port;
    this.roles = List.copyOf(roles);
  }

  /**
   * The roles with their logins, creating the benchmark's district and province officers with a login (the
   * commune officers are created by {@link TasklistProbe#createOfficers}).
   */
  static List<Role> roles(IdentityService identity, List<TasklistProbe.Officer> communeOfficers,
      List<String> districts, int benchDistrictOfficers) {
    List<Login> commune = communeOfficers.stream().map(o -> new Login(o.userId(), TasklistProbe.OFFICER_PASSWORD))
        .toList();
    List<Login> district = new ArrayList<>(List.of(new Login("huyenyenthe", DEMO_PASSWORD),
        new Login("huyenlucngan", DEMO_PASSWORD)));
    List<String> synthetic = districts.stream().filter(d -> !d.equals("215") && !d.equals("217")).toList();
    for (int i = 0; i < Math.min(benchDistrictOfficers, synthetic.size()); i++) {
      String code = synthetic.get((int) ((long) i * synthetic.size() / Math.min(benchDistrictOfficers, synthetic.size())));
      district.add(new Login(officer(identity, "canbohuyen" + code, OcopGroups.DISTRICT_OFFICERS, "district" + code),
          TasklistProbe.OFFICER_PASSWORD));
    }
    List<Login> province = List.of(new Login("tinhbacgiang", DEMO_PASSWORD), new Login(officer(identity,
        "canbotinh" + BenchUnits.PROVINCE, OcopGroups.PROVINCE_OFFICERS, "province" + BenchUnits.PROVINCE),
        TasklistProbe.OFFICER_PASSWORD));
    List<Login> council = new ArrayList<>();
    for (int i = 1; i <= ProvincialLoad.COUNCIL_MEMBERS; i++) {
      council.add(new Login("hoidong" + i, DEMO_PASSWORD));
    }
    return List.of(new Role("commune", commune), new Role("district", district), new Role("province", province),
        new Role("council", council));
  }

  private static String officer(IdentityService identity, String userId, String roleGroup, String unitGroup) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Cán bộ");
      user.setLastName(unitGroup);
      user.setPassword(TasklistProbe.OFFICER_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, roleGroup);
      identity.createMembership(userId, unitGroup);
    }
    return userId;
  }

  List<Role> roles() {
    return roles;
  }

  TasklistSession.Timings timings() {
    return timings;
  }

  /**
   * Forgets every role's sessions, so that the next calls log in anew: after a load that outlasts the
   * webapps' session timeout, an officer would log in again too (the old session answers as anonymous).
   */
  void logInAgain() {
    sessions.clear();
  }

  /** Logged-in sessions of a role (one per login, kept for the run, as a browser keeps its session). */
  private List<TasklistSession> sessionsOf(Role role) {
    return sessions.computeIfAbsent(role.name(), r -> role.logins().stream().map(login -> {
      TasklistSession session = new TasklistSession(port, login.user(), timings).login("tasklist", login.password());
      session.landing(null);
      return session;
    }).toList());
  }

  /** The filters a role may read: those any of its users' filter lists hold, in priority order. */
  List<String> filtersOf(Role role) {
    Set<String> names = new LinkedHashSet<>();
    sessionsOf(role).forEach(s -> s.filters().stream()
        .sorted(java.util.Comparator.comparingInt(TasklistSession.Filter::priority))
        .forEach(f -> names.add(f.name())));
    return List.copyOf(names);
  }

  /**
   * Every role × every filter it may read: {@code samples} list calls and {@code samples} count calls each
   * (users of the role in turn, after {@code warmup} untimed ones), or as many as fit in a minute.
   */
  List<Cell> cells(int warmup, int samples, boolean withCount) {
    List<Cell> cells = new ArrayList<>();
    for (Role role : roles) {
      List<TasklistSession> users = sessionsOf(role);
      for (String name : filtersOf(role)) {
        List<TasklistSession> readers = users.stream().filter(s -> s.filter(name).isPresent()).toList();
        // every reader's session once before the timed calls, as a Tasklist that polls every 10 s keeps its
        // session warm: a session idle for more than 5 minutes (since the previous section) has the webapps
        // re-validate its login on its next call, which a polling browser pays once in 30 polls
        for (int i = 0; i < Math.max(warmup, readers.size()); i++) {
          TasklistSession s = readers.get(i % readers.size());
          s.list(s.filter(name).orElseThrow(), null);
        }
        Samples list = new Samples();
        Samples count = new Samples();
        long tasks = 0;
        long collectionsBefore = HeapMonitor.gcCollections();
        long gcBefore = HeapMonitor.gcMillis();
        long started = System.nanoTime();
        for (int i = 0; i < samples && System.nanoTime() - started < CELL_BUDGET_NANOS; i++) {
          TasklistSession s = readers.get(i % readers.size());
          TasklistSession.Filter filter = s.filter(name).orElseThrow();
          long begin = System.nanoTime();
          JsonNode page = s.list(filter, null);
          list.add((System.nanoTime() - begin) / 1e6);
          tasks = Math.max(tasks, page.path("count").asLong());
          if (withCount) {
            begin = System.nanoTime();
            s.count(filter, null);
            count.add((System.nanoTime() - begin) / 1e6);
          }
        }
        cells.add(new Cell(role.name(), name, list, count, tasks, HeapMonitor.gcCollections() - collectionsBefore,
            HeapMonitor.gcMillis() - gcBefore));
      }
    }
    return cells;
  }

  /** One list call of the role's first user in the filter, as Tasklist polls it (for its statements and plans). */
  Runnable oneList(String roleName, String filterName) {
    Role role = roles.stream().filter(r -> r.name().equals(roleName)).findFirst().orElseThrow();
    TasklistSession session = sessionsOf(role).stream().filter(s -> s.filter(filterName).isPresent()).findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + roleName + " reads «" + filterName + "»"));
    return () -> session.list(session.filter(filterName).orElseThrow(), null);
  }

  /** Landings of each role ({@code samples} each, users in turn): milliseconds of the whole landing. */
  Map<String, Samples> landings(int warmup, int samples) {
    Map<String, Samples> byRole = new LinkedHashMap<>();
    for (Role role : roles) {
      List<TasklistSession> users = sessionsOf(role);
      for (int i = 0; i < warmup; i++) {
        users.get(i % users.size()).landing(null);
      }
      Samples millis = new Samples();
      long started = System.nanoTime();
      for (int i = 0; i < samples && System.nanoTime() - started < CELL_BUDGET_NANOS; i++) {
        TasklistSession session = users.get(i % users.size());
        long begin = System.nanoTime();
        JsonNode page = session.landing(null);
        millis.add((System.nanoTime() - begin) / 1e6);
        if (i == 0 && !role.name().equals("council") && page.path("count").asLong() == 0) {
          throw new IllegalStateException(session.user() + " lands on an empty list: the load gave the "
              + role.name() + " no open task");
        }
      }
      byRole.put(role.name(), millis);
    }
    return byRole;
  }

  // ---- many officers at once ----

  /** One officer of the concurrency run: a login, and whether it works real tasks (claims and submits). */
  record Officer(Login login, Queue<String> realTasks) {
  }

  /** What the officers at once did: per request kind, all requests, wall time, errors. */
  record Concurrency(int sessions, int rounds, long thinkMillis, int submissions, double seconds,
      TasklistSession.Timings timings) {
    double requestsPerSecond() {
      return timings.all().size() / seconds;
    }
  }

  /**
   * {@code officers} sessions at once, each: log in and land, then {@code rounds} rounds of a think time
   * and the list of its selected filter (Tasklist's polling); every third round it opens the first task of
   * its list (task, form, deployed form, form variables); officers with real tasks claim and submit one
   * every fourth round (form values from {@code values}). Starts are spread over one think time.
   */
  static Concurrency officersAtOnce(int port, List<Officer> officers, int rounds, long thinkMillis,
      java.util.function.Function<String, Map<String, Object>> values) {
    TasklistSession.Timings timings = new TasklistSession.Timings();
    java.util.concurrent.atomic.AtomicInteger submissions = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(officers.size());
    long started = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int o = 0; o < officers.size(); o++) {
        Officer officer = officers.get(o);
        long offset = thinkMillis * o / officers.size();
        running.add(pool.submit(() -> {
          sleep(offset);
          TasklistSession session;
          try {
            session = new TasklistSession(port, officer.login().user(), timings).login("tasklist",
                officer.login().password());
            session.landing("landing");
          } catch (IllegalStateException counted) {
            return;
          }
          TasklistSession.Filter selected = session.defaultFilter();
          for (int r = 1; r <= rounds; r++) {
            sleep(thinkMillis);
            try {
              JsonNode page = session.list(selected, "list");
              JsonNode tasks = page.path("_embedded").path("task");
              if (r % 3 == 0 && tasks.size() > 0) {
                session.openTask(tasks.get(0).path("id").asText(), "open.");
              }
              String real = r % 4 == 2 ? officer.realTasks().poll() : null;
              if (real != null) {
                JsonNode task = vn.ocop.workflow.testsupport.TasklistClient.read(session.get("open.task", TasklistSession.ENGINE + "/task/"
                    + real, TasklistSession.HAL));
                JsonNode form = session.openTask(real, "submit.");
                session.claim(real, "submit.");
                session.submit(real, form, values.apply(task.path("taskDefinitionKey").asText()), "submit.");
                submissions.incrementAndGet();
              }
            } catch (IllegalStateException counted) {
              // counted in the timings' errors; the officer goes on polling, as Tasklist does
            }
          }
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Officers at once failed", e);
    } finally {
      pool.shutdownNow();
    }
    return new Concurrency(officers.size(), rounds, thinkMillis, submissions.get(),
        (System.nanoTime() - started) / 1e9, timings);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Queue<String> queue(List<String> taskIds) {
    return new ConcurrentLinkedQueue<>(taskIds);
  }
}
