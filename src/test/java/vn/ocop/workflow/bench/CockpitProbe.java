package vn.ocop.workflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's Cockpit start through the Cockpit session (issue 20), as Cockpit 7.24 asks it (read from
 * its webjar, {@code plugin/cockpit/app/plugin.js}): the authentication check, the dashboard's process
 * definition statistics with root incidents (the "Running process instances" panel), and the processes
 * page: the count of the latest definitions, the statistics' count and their first page of 50 sorted by
 * name. The statistics count every running instance of each definition, so they grow with the open work.
 */
final class CockpitProbe {

  static final String PLUGIN = "/camunda/api/cockpit/plugin/base/default/process-definition";

  /** The calls, by the name the report gives them. */
  static final Map<String, String> CALLS = calls();

  private static Map<String, String> calls() {
    Map<String, String> calls = new LinkedHashMap<>();
    calls.put("auth", "/camunda/api/admin/auth/user/default");
    calls.put("statisticsRootIncidents", PLUGIN + "/statistics?rootIncidents=true");
    calls.put("processDefinitionCount", TasklistSession.ENGINE + "/process-definition/count?latest=true");
    calls.put("statisticsCount", PLUGIN + "/statistics-count");
    calls.put("statisticsPage", PLUGIN + "/statistics?firstResult=0&maxResults=50&sortBy=name&sortOrder=asc");
    return java.util.Collections.unmodifiableMap(calls);
  }

  /** The statistics calls, whose worst p95 is {@code cockpit.statisticsP95Ms}. */
  static final List<String> STATISTICS = List.of("statisticsRootIncidents", "statisticsCount", "statisticsPage");

  record Result(Samples startPage, Map<String, Samples> byCall) {
  }

  static Result measure(int port, String user, String password, int warmup, int samples) {
    TasklistSession.Timings timings = new TasklistSession.Timings();
    TasklistSession session = new TasklistSession(port, user, timings).login("cockpit", password);
    Map<String, Samples> byCall = new LinkedHashMap<>();
    CALLS.keySet().forEach(name -> byCall.put(name, new Samples()));
    Samples startPage = new Samples();
    for (int i = 0; i < warmup + samples; i++) {
      long pageStarted = System.nanoTime();
      for (Map.Entry<String, String> call : CALLS.entrySet()) {
        long started = System.nanoTime();
        String body = session.get("cockpit." + call.getKey(), call.getValue(), "application/json");
        if (i >= warmup) {
          byCall.get(call.getKey()).add((System.nanoTime() - started) / 1e6);
        }
        if (i == 0 && call.getKey().equals("statisticsPage") && !body.contains("ocopCycle")) {
          throw new IllegalStateException("Cockpit's statistics show no ocopCycle for " + user + ": " + body);
        }
      }
      if (i >= warmup) {
        startPage.add((System.nanoTime() - pageStarted) / 1e6);
      }
    }
    return new Result(startPage, byCall);
  }
}
