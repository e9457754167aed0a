package vn.ocop.workflow.config;

import vn.ocop.workflow.access.EngineUser;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.access.LoginThrottle;

/**
 * Checks HTTP Basic credentials against the Camunda identity service, the same users and passwords
 * as the webapps' login, under the {@link LoginThrottle} (a try during its delay is refused before the
 * password is checked). The user's Camunda groups become its authorities.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : "";
    long wait = throttle.waitMillis(userId, address);
    if (wait > 0) {
      throw new LockedException(LoginThrottle.message(wait));
    }
    if (userId == null || userId.isBlank() || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(userId, address);
      throw new BadCredentialsException("Bad credentials");
    }
    throttle.succeeded(userId, address);
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenantIds = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    EngineUser user = new EngineUser(userId, groupIds, tenantIds);
    return UsernamePasswordAuthenticationToken.authenticated(user, null,
        groupIds.stream().map(SimpleGrantedAuthority::new).toList());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
