package vn.ocop.workflow.cluster;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our schema's migrations (Flyway, {@code db/migration}) run under the {@link SetupLock} too: they come
 * before the engine's schema, and two nodes starting together on an empty database both tried to create and
 * baseline {@code ocop_schema_history} ("Unable to baseline schema history table … as it already exists,
 * and is empty", seen in {@code ClusterIT}). The lock taken here is the one the engine's set-up takes
 * ({@code acquire} is idempotent) and is released when the whole set-up is done ({@link SetupDone}).
 */
@Configuration(proxyBeanMethods = false)
class SetupLockedMigrations {

  @Bean
  FlywayMigrationStrategy migrationsUnderTheSetupLock(SetupLock setupLock) {
    return flyway -> {
      setupLock.acquire();
      flyway.migrate();
    };
  }
}
