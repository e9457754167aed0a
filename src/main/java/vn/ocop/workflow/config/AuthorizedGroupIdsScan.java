package vn.ocop.workflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one adapter that changes a statement of the process engine: on PostgreSQL, the engine's
 * {@code selectAuthorizedGroupIds} ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}), which
 * every command of an authenticated user runs first to learn which of the user's groups hold any grant,
 * is answered by a loose index scan ({@code AuthorizedGroupIds.xml}). The engine writes a grant per open
 * task and candidate group, so the original reads every grant: about 12 ms at 100,000 open tasks, in every
 * Tasklist call, claim and completion, growing with the province's open work; the loose scan probes the
 * group index once per distinct group (docs/benchmarks.md).
 *
 * <p>It uses two engine internals, kept here: the statement is parsed into the engine's MyBatis
 * configuration, and the engine's statement mapping (the mechanism by which the engine itself picks
 * database-specific statements) is pointed at it, for this engine only. A fork that ships the EXISTS form
 * of the authorization check (CIB seven 2.1, Operaton 2.2) makes this class unnecessary: delete it.
 */
@Component
class AuthorizedGroupIdsScan extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
  static final String OUR_STATEMENT = "selectAuthorizedGroupIdsByLooseIndexScan";
  private static final String RESOURCE = "vn/ocop/workflow/config/AuthorizedGroupIds.xml";
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizedGroupIdsScan.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (!"postgres".equals(engine.getDatabaseType())) {
      return;
    }
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(OUR_STATEMENT, false)) {
      try (InputStream xml = AuthorizedGroupIdsScan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (xml == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the application");
        }
        new XMLMapperBuilder(xml, mybatis, RESOURCE, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DbSqlSessionFactory statements = engine.getDbSqlSessionFactory();
    // the engine's mapping is shared by every engine on this database type: this engine gets its own copy
    Map<String, String> mappings = new HashMap<>(statements.getStatementMappings() == null ? Map.of()
        : statements.getStatementMappings());
    mappings.put(ENGINE_STATEMENT, OUR_STATEMENT);
    statements.setStatementMappings(mappings);
    LOG.info("Authorization checks read the groups that hold grants by a loose index scan (PostgreSQL)");
  }
}
