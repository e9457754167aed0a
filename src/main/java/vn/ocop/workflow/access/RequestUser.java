package vn.ocop.workflow.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user behind a request to an engine API: the HTTP Basic user of {@code /engine-rest} (Spring
 * Security's), or the user logged in to the webapps in this session (Camunda's webapp authentication, the
 * one place we read it).
 */
public record RequestUser(String id, List<String> groupIds, List<String> tenantIds) {

  static final RequestUser NOBODY = new RequestUser(null, List.of(), List.of());

  public static RequestUser of(HttpServletRequest request) {
    org.springframework.security.core.Authentication basic = SecurityContextHolder.getContext().getAuthentication();
    if (basic != null && basic.getPrincipal() instanceof EngineUser user) {
      return new RequestUser(user.id(), user.groupIds(), user.tenantIds());
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return NOBODY;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine("default");
    if (authentication instanceof UserAuthentication user) {
      return new RequestUser(user.getIdentityId(), List.copyOf(user.getGroupIds()), List.copyOf(user.getTenantIds()));
    }
    return NOBODY;
  }

  public boolean anonymous() {
    return id == null;
  }

  public EngineRole role() {
    return anonymous() ? EngineRole.ANONYMOUS : EngineRole.of(groupIds);
  }
}
