package vn.ocop.workflow.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one adapter that changes how the process engine checks authorizations, and only in what it reads
 * before the check, never in what the check decides.
 *
 * <p>Before every authorization check of an authenticated user, Camunda 7.24 narrows the user's groups
 * to those that hold any grant at all ({@code AuthorizationManager.filterAuthenticatedGroupIds}), by
 * reading the group of every row of {@code ACT_RU_AUTHORIZATION} once per command
 * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}). That narrowing exists to keep the
 * {@code IN (…)} lists short for users in thousands of directory groups. Here the engine writes a grant
 * per open task and candidate group, so the read grows with the province's open work: about 12 ms at
 * 100,000 open tasks in every Tasklist call, claim, form and completion (docs/benchmarks.md), while our
 * users are in two to four groups.
 *
 * <p>This adapter gives the engine an {@link AuthorizationManager} that passes the user's groups on as
 * they are (without repeats). The decision cannot change: every check matches authorization rows by
 * {@code GROUP_ID_ IN (…)}, and a group that holds no row matches none, so a list with such groups
 * selects exactly the rows the narrowed list selects (grants and revokes alike, including the engine's
 * "is there any revoke" test). {@code GrantGroupsWithoutScanIT} checks the engine uses it and
 * decides the same; the access matrix runs on it.
 *
 * <p>Engine internals used, kept here: the {@link AuthorizationManager} class (subclassed) and the
 * engine's session factories (the documented {@code customSessionFactories} hook replaces the engine's
 * factory for that session type). A fork whose authorization check no longer scans every grant (CIB seven
 * 2.1, Operaton 2.2) makes this class unnecessary: delete it.
 */
@Component
class GrantGroupsWithoutScan extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(GrantGroupsWithoutScan.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    List<SessionFactory> factories = engine.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(engine.getCustomSessionFactories());
    factories.add(new Factory());
    engine.setCustomSessionFactories(factories);
    LOG.info("Authorization checks use the user's groups as given, without reading every grant's group first");
  }

  /** Opens the engine's authorization session as {@link GroupsAsGiven} for every command. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new GroupsAsGiven();
    }
  }

  /** The engine's authorization manager, with the user's groups passed on unnarrowed. */
  static final class GroupsAsGiven extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return new ArrayList<>();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
