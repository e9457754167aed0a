package vn.ocop.workflow.identity;

import vn.ocop.workflow.access.OcopGroups;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Creates, in every profile and idempotently at each start: the role groups, one group per
 * administrative unit, the baseline grants, and the administrator named by {@code ocop.admin.*}.
 */
@Component
@Order(20)
class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  static final String GROUP_TYPE_ROLE = Groups.GROUP_TYPE_WORKFLOW;
  static final String GROUP_TYPE_UNIT = "UNIT";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final AdministrativeUnits units;
  private final String adminUser;
  private final String adminPassword;

  IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      AdministrativeUnits units,
      @Value("${ocop.admin.user:}") String adminUser,
      @Value("${ocop.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.units = units;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    // one query for all groups: a province has thousands of units, and this runs at every start
    Map<String, Group> existing = identityService.createGroupQuery().list().stream()
        .collect(Collectors.toMap(Group::getId, Function.identity()));
    OcopGroups.ROLES.forEach(role -> ensureGroup(existing, role.id(), role.name(), GROUP_TYPE_ROLE));
    for (AdministrativeUnit unit : units.all()) {
      ensureGroup(existing, unit.groupId(), unit.name(), GROUP_TYPE_UNIT);
    }
    AccessGrants.all().forEach(g -> ensureGrant(g.groupId(), g.resource(), g.resourceId(), g.permission()));
    ensureGroup(existing, OcopGroups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      ensureGrant(OcopGroups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    if (adminUser.isBlank()) {
      LOG.warn("No administrator configured (OCOP_ADMIN_USER / OCOP_ADMIN_PASSWORD): nobody can open Admin");
    } else {
      ensureAdmin();
    }
  }

  private void ensureAdmin() {
    if (identityService.createUserQuery().userId(adminUser).count() == 0) {
      User user = identityService.newUser(adminUser);
      user.setFirstName("Quản trị");
      user.setLastName("hệ thống");
      user.setPassword(adminPassword);
      identityService.saveUser(user);
      LOG.info("Created administrator '{}'", adminUser);
    }
    ensureMembership(adminUser, OcopGroups.CAMUNDA_ADMIN);
  }

  void ensureMembership(String userId, String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).groupMember(userId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void ensureGroup(Map<String, Group> existing, String id, String name, String type) {
    Group group = existing.get(id);
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void ensureGrant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    } else if (grant.isPermissionGranted(permission)) {
      return;
    }
    grant.addPermission(permission);
    authorizationService.saveAuthorization(grant);
  }
}
