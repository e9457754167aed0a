package vn.ocop.workflow.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last start-up runner: every set-up runner before it (units, groups and grants, demo users,
 * Tasklist filters, backfills) has finished, so the next node may set up. Spring Boot then publishes
 * readiness ACCEPTING_TRAFFIC ({@code /actuator/health/readiness} UP), which the load balancer waits for;
 * liveness ({@code /actuator/health/liveness}) is UP from the end of the context's start, set-up or not.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SetupDone implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SetupDone.class);
  private final SetupLock setupLock;

  SetupDone(SetupLock setupLock) {
    this.setupLock = setupLock;
  }

  @Override
  public void run(ApplicationArguments args) {
    setupLock.release();
    LOG.info("Set-up done; this node accepts traffic once the application is ready");
  }
}
