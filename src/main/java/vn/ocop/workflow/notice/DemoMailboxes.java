package vn.ocop.workflow.notice;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: officers and council members without an e-mail address get {@code <user>@demo.ocop.local}, so
 * that their digests and score-sheet messages show in the mail catcher (Mailpit) or the log. After the demo
 * users are created ({@code identity.DemoUsers}, order 30).
 */
@Component
@Profile("demo")
@Order(40)
class DemoMailboxes implements ApplicationRunner {

  static final String DOMAIN = "@demo.ocop.local";

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailboxes.class);

  private final IdentityService identity;

  DemoMailboxes(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    int given = 0;
    for (String role : OfficerNotices.DIGEST_ROLES) {
      for (User user : identity.createUserQuery().memberOfGroup(role).list()) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
          user.setEmail(user.getId() + DOMAIN);
          identity.saveUser(user);
          given++;
        }
      }
    }
    if (given > 0) {
      LOG.info("Demo: {} officers and council members got an e-mail address <user>{}", given, DOMAIN);
    }
  }
}
