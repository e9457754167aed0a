package vn.ocop.workflow.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Our indexes on Camunda's ACT_ tables ({@code db/engine/}, and on PostgreSQL {@code db/engine-postgresql/}
 * for what only it can index: numbered after the common ones, in the same history), applied once the engine has built its schema,
 * before the application serves requests; and what else needs the engine's tables (V5: a one-time backfill
 * of our dossiers' proposal days from the engine's history). Our own tables' migrations
 * ({@code db/migration/}) run before the engine starts, when its tables may not exist yet; these need them,
 * hence a Flyway history of their own ({@code ocop_engine_index_history}).
 */
@Component
class EngineIndexMigrations extends AbstractProcessEnginePlugin {

  static final String LOCATION = "classpath:db/engine";
  /** Indexes PostgreSQL alone can make (partial ones), applied beside {@link #LOCATION}'s on PostgreSQL. */
  static final String POSTGRESQL_LOCATION = "classpath:db/engine-postgresql";
  static final String HISTORY_TABLE = "ocop_engine_index_history";
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexMigrations.class);

  private final DataSource dataSource;

  EngineIndexMigrations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    String[] locations = onPostgresql() ? new String[] {LOCATION, POSTGRESQL_LOCATION} : new String[] {LOCATION};
    int applied = Flyway.configure()
        .dataSource(dataSource)
        .locations(locations)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
    LOG.info("Indexes of ours on the engine's tables: {} migration(s) applied", applied);
  }

  private boolean onPostgresql() {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database holds the engine's tables", e);
    }
  }
}
