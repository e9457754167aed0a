package vn.ocop.workflow.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test on the one application context the PostgreSQL integration tests share: profiles
 * {@code postgres} and {@code demo}, a random port, one database ({@value #DATABASE}) on the test PostgreSQL.
 * Every class with this annotation and nothing else that shapes the context (no properties, profiles,
 * {@code @DynamicPropertySource}, mocks or {@code @DirtiesContext}) gets the same cached context, so the
 * application starts once for all of them.
 * <p>
 * Such a test shares the database with the others: it creates its own products, dossiers and instances
 * (unique names, codes and numbers), finds them by their ids, and never asserts a count over a whole
 * table, unit or engine that another test could change.
 * <p>
 * The engine registers itself under its name ("default") in a registry of the JVM that the REST API and the
 * webapps look it up in; a second application started in the same JVM would take that name. These tests
 * therefore run in a JVM of their own: failsafe's execution {@code shared-postgres} runs the tag {@value #TAG},
 * and the default execution runs every other integration test (each with its own context, closed after it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(SharedPostgresTest.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@ContextConfiguration(initializers = SharedPostgresTest.Database.class)
public @interface SharedPostgresTest {

  /** The JUnit tag failsafe selects these tests by (pom.xml). */
  String TAG = "shared-postgres";

  /** The database of the shared context. */
  String DATABASE = "ocop_shared";

  /** Points the shared context's datasource at its database, created (empty) when the context starts. */
  class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String url = TestPostgres.createDatabase(DATABASE);
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sharedPostgres", Map.of(
          "spring.datasource.url", url,
          "spring.datasource.username", TestPostgres.user(),
          "spring.datasource.password", TestPostgres.password())));
    }
  }
}
