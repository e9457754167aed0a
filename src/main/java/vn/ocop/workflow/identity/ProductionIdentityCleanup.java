package vn.ocop.workflow.identity;

import java.util.LinkedHashSet;
import java.util.Set;
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
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Production on a database that was once used with the demo profile: at every start, after
 * {@link IdentitySetup}, removes every demo user (the users of the demo users file and the demo
 * administrator {@code admin}) that still has the demo password, and gives the administrator named by
 * {@code OCOP_ADMIN_USER} the password {@code OCOP_ADMIN_PASSWORD} if theirs differs. Both are logged.
 * A real user who happens to share a demo user's id keeps their account: only the demo password marks a
 * demo user. The engine's own login throttling is off, so checking the demo password counts against nobody.
 */
@Component
@Profile("prod")
@Order(25)
class ProductionIdentityCleanup implements ApplicationRunner {

  static final String DEMO_ADMIN = "admin";
  private static final Logger LOG = LoggerFactory.getLogger(ProductionIdentityCleanup.class);

  private final IdentityService identityService;
  private final Set<String> demoUserIds = new LinkedHashSet<>();
  private final String adminUser;
  private final String adminPassword;

  ProductionIdentityCleanup(IdentityService identityService, AdministrativeUnits units,
      @Value("${ocop.demo.users-file}") Resource demoUsersFile,
      @Value("${ocop.admin.user:}") String adminUser,
      @Value("${ocop.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    DemoUsers.read(demoUsersFile, units).forEach(user -> demoUserIds.add(user.id()));
    demoUserIds.add(DEMO_ADMIN);
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String id : demoUserIds) {
      if (!id.equals(adminUser) && identityService.createUserQuery().userId(id).count() > 0
          && identityService.checkPassword(id, DemoUsers.DEMO_PASSWORD)) {
        identityService.deleteUser(id);
        LOG.warn("Removed the demo user '{}' (still with the demo password) from the production database", id);
      }
    }
    if (identityService.createUserQuery().userId(adminUser).count() > 0
        && !identityService.checkPassword(adminUser, adminPassword)) {
      // read after the check: a wrong password counts an attempt on the user, a newer revision
      User admin = identityService.createUserQuery().userId(adminUser).singleResult();
      admin.setPassword(adminPassword);
      identityService.saveUser(admin);
      LOG.warn("Reset the password of the administrator '{}' to OCOP_ADMIN_PASSWORD: it differed", adminUser);
    }
  }
}
