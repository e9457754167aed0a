package vn.ocop.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ocop.workflow.OcopApplication;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * {@code prod} started on a PostgreSQL database that was first used with {@code demo}: the demo users and the
 * demo administrator's password do not survive into production.
 */
class ProductionOnDemoDatabaseIT {

  static final String STRONG = "Long-enough-secret-1";

  static ConfigurableApplicationContext start(String url, String profiles, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "--spring.profiles.active=" + profiles;
    args[1] = "--spring.datasource.url=" + url;
    args[2] = "--spring.datasource.username=" + TestPostgres.user();
    args[3] = "--spring.datasource.password=" + TestPostgres.password();
    args[4] = "--server.port=0";
    System.arraycopy(more, 0, args, 5, more.length);
    return new SpringApplicationBuilder(OcopApplication.class).run(args);
  }

  @Test
  void prodRemovesTheDemoUsersAndGivesTheAdministratorThePasswordOfTheEnvironment() {
    String url = TestPostgres.createDatabase("ocop_prod_after_demo");
    try (ConfigurableApplicationContext demo = start(url, "postgres,demo", "--camunda.bpm.job-execution.enabled=false")) {
      IdentityService identity = demo.getBean(IdentityService.class);
      assertThat(identity.checkPassword("xatamtien", "demo")).isTrue();
      assertThat(identity.checkPassword("admin", "demo")).isTrue();
      // a real officer who happens to have a demo user's id, with a password of their own, is kept
      org.camunda.bpm.engine.identity.User hoidong7 = identity.createUserQuery().userId("hoidong7").singleResult();
      hoidong7.setPassword("Own-password-of-7");
      identity.saveUser(hoidong7);
    }
    try (ConfigurableApplicationContext prod = start(url, "prod,postgres", "--OCOP_ADMIN_USER=admin",
        "--OCOP_ADMIN_PASSWORD=" + STRONG, "--camunda.bpm.job-execution.enabled=false")) {
      IdentityService identity = prod.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("xatamtien").count()).isZero();
      assertThat(identity.createUserQuery().userId("giamsat").count()).isZero();
      assertThat(identity.checkPassword("admin", "demo")).isFalse();
      assertThat(identity.checkPassword("admin", STRONG)).isTrue();
      assertThat(identity.checkPassword("hoidong7", "Own-password-of-7")).isTrue();
    }
  }
}
