package vn.ocop.workflow.identity;

import vn.ocop.workflow.access.OcopGroups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.CsvFile;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Demo profile only: the demo officers, council members, supervisor and policy editor of the demo
 * users file, every one with the password {@value #DEMO_PASSWORD}. An officer joins its role group
 * and its unit's group; the other roles join their role group only, so that a unit's tasks reach
 * that unit's officers and nobody else.
 */
@Component
@Profile("demo")
@Order(30)
class DemoUsers implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  static final String HEADER = "user_id,first_name,last_name,role,unit_code";
  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  /** The officer roles and the level of the unit whose group the officer joins. */
  private static final Map<String, AdministrativeLevel> OFFICER_LEVELS = Map.of(
      OcopGroups.COMMUNE_OFFICERS, AdministrativeLevel.COMMUNE,
      OcopGroups.DISTRICT_OFFICERS, AdministrativeLevel.DISTRICT,
      OcopGroups.PROVINCE_OFFICERS, AdministrativeLevel.PROVINCE);

  record DemoUser(String id, String firstName, String lastName, String role, AdministrativeUnit unit) {
  }

  private final IdentityService identityService;
  private final IdentitySetup identitySetup;
  private final List<DemoUser> users;

  DemoUsers(IdentityService identityService, IdentitySetup identitySetup, AdministrativeUnits units,
      @Value("${ocop.demo.users-file}") Resource file) {
    this.identityService = identityService;
    this.identitySetup = identitySetup;
    this.users = read(file, units);
  }

  static List<DemoUser> read(Resource file, AdministrativeUnits units) {
    return CsvFile.read(file, HEADER).stream().map(row -> {
      String role = row.get(3);
      if (OcopGroups.ROLES.stream().noneMatch(r -> r.id().equals(role))) {
        throw CsvFile.defect(file, row.lineNumber(), "unknown role '" + role + "'");
      }
      AdministrativeUnit unit = units.find(row.get(4)).orElseThrow(
          () -> CsvFile.defect(file, row.lineNumber(), "unknown unit code '" + row.get(4) + "'"));
      AdministrativeLevel level = OFFICER_LEVELS.get(role);
      if (level != null && unit.level() != level) {
        throw CsvFile.defect(file, row.lineNumber(), role + " must belong to a " + level + " unit");
      }
      return new DemoUser(row.get(0), row.get(1), row.get(2), role, unit);
    }).toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (DemoUser demo : users) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
        created++;
      }
      identitySetup.ensureMembership(demo.id(), demo.role());
      if (OFFICER_LEVELS.containsKey(demo.role())) {
        identitySetup.ensureMembership(demo.id(), demo.unit().groupId());
      }
    }
    LOG.info("Demo profile: {} demo users ({} created), password '{}'", users.size(), created, DEMO_PASSWORD);
  }

  List<DemoUser> users() {
    return users;
  }
}
