package vn.ocop.workflow.app;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.workflow.testsupport.TestPostgres;

/** The production database: a real PostgreSQL, with the postgres and demo profiles. */
@ActiveProfiles({"postgres", "demo"})
class PostgresApplicationIT extends ApplicationScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "ocop_demo");
  }
}
