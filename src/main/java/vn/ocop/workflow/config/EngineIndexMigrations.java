package vn.ocop.workflow.config;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Our indexes on Camunda's ACT_ tables ({@code db/engine/}), applied once the engine has built its schema,
 * before the application serves requests; and what else needs the engine's tables (V5: a one-time backfill
 * of our dossiers' proposal days from the engine's history). Our own tables' migrations
 * ({@code db/migration/}) run before the engine starts, when its tables may not exist yet; these need them,
 * hence a Flyway history of their own ({@code ocop_engine_index_history}).
 */
@Component
class EngineIndexMigrations extends AbstractProcessEnginePlugin {

  static final String LOCATION = "classpath:db/engine";
  static final String HISTORY_TABLE = "ocop_engine_index_history";
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexMigrations.class);

  private final DataSource dataSource;

  EngineIndexMigrations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    int applied = Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
    LOG.info("Indexes of ours on the engine's tables: {} migration(s) applied", applied);
  }
}
