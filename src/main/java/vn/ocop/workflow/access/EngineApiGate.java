package vn.ocop.workflow.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the engine's HTTP APIs ({@code /engine-rest} and the webapps' {@code /camunda/api}), after
 * the login: reads the request's canonical {@link EnginePath} and lets it through only if the caller's
 * role may make it ({@link EngineOperations}, deny by default), then caps its body. A refusal is a 403
 * (400 for a path no API spells, 413 for a body too large) with a Vietnamese message, before the engine
 * sees anything: no job's retries, no variable, no row changes.
 */
class EngineApiGate extends OncePerRequestFilter {

  /** Bodies of engine calls: forms and queries, well under this. */
  static final int MAX_BODY_BYTES = 256 * 1024;
  /** Deployments from Modeler: a few models and forms. */
  static final int MAX_DEPLOYMENT_BYTES = 10 * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGate.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EnginePath path;
    try {
      path = EnginePath.of(request).orElse(null);
    } catch (IllegalArgumentException e) {
      LOG.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
      ApiErrors.write(response, 400, "InvalidRequestException", "Địa chỉ yêu cầu không hợp lệ.");
      return;
    }
    if (path == null) {
      chain.doFilter(request, response);
      return;
    }
    RequestUser user = RequestUser.of(request);
    String method = request.getMethod();
    boolean readOnly = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    String checkedMethod = method.equals("HEAD") ? "GET" : method;
    if (!method.equals("OPTIONS") && !EngineOperations.allows(user.role(), checkedMethod, path, user.id())) {
      LOG.warn("Refused {} {} to {} ({}): not an operation of the role", method, path,
          user.anonymous() ? "anonymous" : user.id(), user.role());
      ApiErrors.write(response, user.anonymous() && path.api() == EnginePath.Api.ENGINE ? 401 : 403,
          "AuthorizationException", ApiErrors.FORBIDDEN);
      return;
    }
    if (readOnly) {
      chain.doFilter(request, response);
      return;
    }
    int limit = path.api() == EnginePath.Api.ENGINE && path.segment(0).equals("deployment")
        ? MAX_DEPLOYMENT_BYTES : MAX_BODY_BYTES;
    long declared = request.getContentLengthLong();
    byte[] body = declared > limit ? null : readAtMost(request.getInputStream(), limit + 1);
    if (body == null || body.length > limit) {
      LOG.warn("Refused {} {}: body larger than {} bytes", method, path, limit);
      ApiErrors.write(response, 413, "PayloadTooLarge",
          "Dữ liệu gửi lên quá lớn (tối đa " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB") + ").");
      response.setHeader("Connection", "close");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    return in.readNBytes(max);
  }
}
