package vn.ocop.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.workflow.access.EngineOperations;
import vn.ocop.workflow.access.EngineRole;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * The table "Engine operations per role" of docs/security.md sent to the running application: every row,
 * as every role's demo user, through {@code /engine-rest} with HTTP Basic and through the webapps' own API in
 * a logged-in session. A row the role lacks is refused by the gate (403, or 401 without a login); a row it
 * has reaches the engine (whatever the engine then answers for the made-up ids).
 */
@SharedPostgresTest
class EngineOperationsIT {

  static final Map<EngineRole, String> USERS = Map.of(EngineRole.OFFICER, "xatamtien", EngineRole.COUNCIL, "hoidong1",
      EngineRole.SUPERVISOR, "giamsat", EngineRole.POLICY, "biensoan", EngineRole.ADMIN, "admin");
  static final Map<EngineRole, String> WEBAPPS = Map.of(EngineRole.OFFICER, "tasklist", EngineRole.COUNCIL, "tasklist",
      EngineRole.SUPERVISOR, "cockpit", EngineRole.POLICY, "cockpit", EngineRole.ADMIN, "admin");

  @LocalServerPort int port;


  static String path(EngineOperations.Operation op, boolean rest, String user) {
    List<String> segments = new ArrayList<>();
    for (String part : op.pattern()) {
      segments.add(part.equals("**") ? "x1" : part.equals("{me}") ? (user == null ? "nobody" : user)
          : part.startsWith("{") ? "x1" : part);
    }
    String rest0 = String.join("/", segments);
    return switch (op.api()) {
      case ENGINE -> (rest ? "/engine-rest/" : "/camunda/api/engine/engine/default/") + rest0;
      case ENGINE_LIST -> "/camunda/api/engine/engine/";
      case OTHER_ENGINE -> "/camunda/api/engine/engine/other/" + rest0;
      case WEBAPP -> "/camunda/api/" + rest0;
    };
  }

  /** The gate's own refusal (marked), or, on /engine-rest without a login, Spring Security's 401 before it. */
  static boolean refusedByTheGate(HttpResponse<String> response, boolean restWithoutLogin) {
    boolean gate = (response.statusCode() == 403 || response.statusCode() == 401)
        && response.headers().firstValue("X-OCOP-Answer").isPresent();
    return gate || restWithoutLogin && response.statusCode() == 401;
  }

  @Test
  void everyRowThroughTheRestApiAsEveryRole() {
    List<String> wrong = new ArrayList<>();
    for (EngineOperations.Operation op : EngineOperations.all()) {
      if (op.api() != vn.ocop.workflow.access.EnginePath.Api.ENGINE) {
        continue;
      }
      for (EngineRole role : EngineRole.values()) {
        String user = USERS.get(role);
        HttpResponse<String> response = new TestHttp(port).request(op.method(), path(op, true, user),
            op.method().equals("GET") ? null : "{}", user, user == null ? null : "demo");
        boolean allowed = op.roles().contains(role);
        if (allowed == refusedByTheGate(response, user == null)) {
          wrong.add(op.text() + " as " + role + ": " + response.statusCode() + " " + response.body());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRowThroughTheWebappsApiAsEveryRole() {
    List<String> wrong = new ArrayList<>();
    for (EngineRole role : EngineRole.values()) {
      String user = USERS.get(role);
      TestHttp session = new TestHttp(port);
      if (user != null) {
        assertThat(session.webappLogin(WEBAPPS.get(role), user, "demo").statusCode()).as(user).isEqualTo(200);
      }
      for (EngineOperations.Operation op : EngineOperations.all()) {
        String text = op.text();
        if (text.contains("/login/") || text.contains("/logout")) {
          continue; // they would end the session this test works in; the login is tried above
        }
        String path = path(op, false, user);
        HttpResponse<String> response = op.method().equals("GET") ? session.get(path)
            : session.webappPost(path, "{}");
        boolean allowed = op.roles().contains(role);
        if (allowed == refusedByTheGate(response, false)) {
          wrong.add(text + " as " + role + ": " + response.statusCode() + " " + response.body());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
