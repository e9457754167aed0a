package vn.ocop.workflow.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs what the application itself does on an officer's behalf (start a certificate's lifecycle, pass a
 * finding on to it) without the officer's authorizations: the officer may complete the task that leads
 * there, but has no right of their own over that other process instance. The officer's authentication
 * is restored afterwards.
 */
public final class AsSystem {

  private AsSystem() {
  }

  public static <T> T call(IdentityService identityService, Supplier<T> action) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }
}
