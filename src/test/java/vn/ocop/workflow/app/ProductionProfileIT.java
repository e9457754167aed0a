package vn.ocop.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.workflow.testsupport.TestHttp;
import vn.ocop.workflow.testsupport.TestPostgres;

/** The production path of docker/compose.yaml: profiles prod and postgres, admin from the environment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"OCOP_ADMIN_USER=quantri", "OCOP_ADMIN_PASSWORD=Mat-khau-rat-dai-2026"})
@ActiveProfiles({"prod", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProductionProfileIT {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "ocop_prod");
  }

  @Test
  void theAdministratorComesFromTheEnvironmentAndNoDemoUserExists() {
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting(user -> user.getId()).containsExactly("quantri");
    assertThat(identityService.createUserQuery().count()).isEqualTo(1);
    assertThat(new TestHttp(port).get("/engine-rest/user/count", "quantri", "Mat-khau-rat-dai-2026").body())
        .isEqualTo("{\"count\":1}");
    assertThat(new TestHttp(port).get("/engine-rest/task", "admin", "demo").statusCode()).isEqualTo(401);
  }

  @Test
  void groupsAndUnitsExistWithoutDemoData() {
    assertThat(identityService.createGroupQuery().groupId("communeOfficers").count()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId("commune07201").count()).isEqualTo(1);
  }

  @Test
  void theWebappSessionAndXsrfCookiesAreSecure() {
    // A client (rightly) sends Secure cookies back over HTTPS only, so this checks what the server sets.
    HttpResponse<String> page = new TestHttp(port).get("/camunda/app/admin/default/");
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
    assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
  }
}
