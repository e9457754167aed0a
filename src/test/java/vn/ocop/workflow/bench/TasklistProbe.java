package vn.ocop.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import vn.ocop.workflow.access.OcopGroups;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * The Tasklist queries of issue 8 over HTTP, as {@code /engine-rest} serves them with each user's own
 * credentials (HTTP Basic, authorizations on): a commune officer's "my unit" list (candidate groups = the
 * officer's groups, first page of 15 by due date) and a province supervisor's open tasks counted by stage
 * (one count per called process of the cycle).
 */
final class TasklistProbe {

  static final String OFFICER_PASSWORD = "bench-officer";
  static final String SUPERVISOR = "giamsat";
  static final String SUPERVISOR_PASSWORD = "demo";
  /** The stages of a product's cycle as the processes that hold its open tasks. */
  static final List<String> STAGES = List.of("proposalScreening", "existingProductReview", "training",
      "implementation", "productEvaluation", "tradePromotion");

  record Officer(String userId, String communeCode) {
    String path() {
      return "/engine-rest/task?candidateGroups=" + OcopGroups.COMMUNE_OFFICERS + ",commune" + communeCode
          + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15";
    }
  }

  private final TestHttp http;

  TasklistProbe(int port) {
    this.http = new TestHttp(port);
  }

  /** One officer per commune, with a login, in the commune officers' group and the commune's group. */
  static List<Officer> createOfficers(IdentityService identity, List<String> communeCodes) {
    return communeCodes.stream().map(code -> new Officer(createOfficer(identity, "canbo" + code, code), code)).toList();
  }

  /** A commune officer with a login ({@link #OFFICER_PASSWORD}), unless the user exists. */
  static String createOfficer(IdentityService identity, String userId, String code) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Cán bộ");
      user.setLastName("xã " + code);
      user.setPassword(OFFICER_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, OcopGroups.COMMUNE_OFFICERS);
      identity.createMembership(userId, "commune" + code);
    }
    return userId;
  }

  /** The officer's first page; fails unless it is a page of the officer's open tasks. */
  JsonNode officerPage(Officer officer) {
    HttpResponse<String> response = http.get(officer.path(), officer.userId(), OFFICER_PASSWORD);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(officer.path() + " as " + officer.userId() + ": " + response.statusCode() + " "
          + response.body());
    }
    JsonNode page = TasklistClient.read(response.body());
    if (!page.isArray() || page.size() > 15) {
      throw new IllegalStateException("Not a page of at most 15 tasks: " + response.body());
    }
    return page;
  }

  /** The supervisor's count of open tasks at one stage. */
  long supervisorCount(String stage) {
    String path = "/engine-rest/task/count?processDefinitionKey=" + stage;
    HttpResponse<String> response = http.get(path, SUPERVISOR, SUPERVISOR_PASSWORD);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return TasklistClient.read(response.body()).path("count").asLong(-1);
  }

  /** Milliseconds of {@code samples} officer queries, officers taken in turn, after {@code warmup} untimed ones. */
  Samples officerLatency(List<Officer> officers, int warmup, int samples) {
    for (int i = 0; i < warmup; i++) {
      officerPage(officers.get(i % officers.size()));
    }
    Samples millis = new Samples();
    for (int i = 0; i < samples; i++) {
      Officer officer = officers.get((i * 7 + 3) % officers.size());
      millis.add(time(() -> officerPage(officer)));
    }
    return millis;
  }

  /** Milliseconds of {@code samples} supervisor counts, stages taken in turn. */
  Samples supervisorLatency(int warmup, int samples) {
    for (int i = 0; i < warmup; i++) {
      supervisorCount(STAGES.get(i % STAGES.size()));
    }
    Samples millis = new Samples();
    for (int i = 0; i < samples; i++) {
      String stage = STAGES.get(i % STAGES.size());
      millis.add(time(() -> supervisorCount(stage)));
    }
    return millis;
  }

  private static double time(Supplier<?> call) {
    long started = System.nanoTime();
    call.get();
    return (System.nanoTime() - started) / 1e6;
  }
}
