package vn.ocop.workflow.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form ({@code POST /camunda/api/admin/auth/user/default/login/{app}}) under the
 * {@link LoginThrottle}: a try during the delay is answered 429 with the wait, before the password is
 * checked; a 401 counts as a wrong password, a 200 clears the pair. Runs after the gate, which has read
 * the body once.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  WebappLoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    try {
      EnginePath path = EnginePath.of(request).orElse(null);
      return path == null || path.api() != EnginePath.Api.WEBAPP || path.size() != 6
          || !path.segment(0).equals("admin") || !path.segment(1).equals("auth") || !path.segment(4).equals("login");
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = formParameter(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8), "username");
    String address = request.getRemoteAddr();
    long wait = throttle.waitMillis(user, address);
    if (wait > 0) {
      response.setHeader("Retry-After", Long.toString((wait + 999) / 1000));
      ApiErrors.write(response, 429, "LoginThrottled", LoginThrottle.message(wait));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == 200) {
      throttle.succeeded(user, address);
    } else if (response.getStatus() == 401) {
      throttle.failed(user, address);
    }
  }

  static String formParameter(String body, String name) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }
}
