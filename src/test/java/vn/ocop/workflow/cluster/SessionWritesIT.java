package vn.ocop.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.TestHttp;

/**
 * On PostgreSQL, a logged-in officer's Tasklist requests do not write their unchanged login back to
 * {@code SPRING_SESSION_ATTRIBUTES} ({@link SessionWrites}): the row keeps its version ({@code xmin})
 * while the session's last access moves on, and the session keeps working.
 */
@SharedPostgresTest
class SessionWritesIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void tasklistRequestsLeaveAnUnchangedLoginUnwritten() {
    CookieManager cookies = new CookieManager();
    TestHttp browser = new TestHttp(port, cookies);
    assertThat(browser.webappLogin("tasklist", "xatamtien", "demo").statusCode()).isEqualTo(200);
    String sessionId = new String(Base64.getDecoder().decode(cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElseThrow()),
        StandardCharsets.UTF_8);
    String path = "/camunda/api/engine/engine/default/filter/count?itemCount=false&resourceType=Task";
    assertThat(browser.request("GET", path, null, null, null).statusCode()).isEqualTo(200);
    String loginVersion = loginRowVersion(sessionId);
    long lastAccess = lastAccess(sessionId);

    for (int i = 0; i < 3; i++) {
      sleep(5);
      assertThat(browser.request("GET", path, null, null, null).statusCode()).isEqualTo(200);
    }

    assertThat(loginRowVersion(sessionId)).as("the login row's version").isEqualTo(loginVersion);
    assertThat(lastAccess(sessionId)).as("the session's last access").isGreaterThan(lastAccess);
  }

  private String loginRowVersion(String sessionId) {
    return jdbc.queryForObject("select a.xmin::text from SPRING_SESSION_ATTRIBUTES a join SPRING_SESSION s "
        + "on s.PRIMARY_ID = a.SESSION_PRIMARY_ID where s.SESSION_ID = ? and a.ATTRIBUTE_NAME = ?", String.class,
        sessionId, SessionWrites.CAMUNDA_LOGIN);
  }

  private long lastAccess(String sessionId) {
    return jdbc.queryForObject("select LAST_ACCESS_TIME from SPRING_SESSION where SESSION_ID = ?", Long.class,
        sessionId);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
