package vn.ocop.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.ocop.workflow.access.ApiErrors;
import vn.ocop.workflow.access.EnginePath;

/**
 * The error answers of the engine's REST APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}),
 * so that no body names an engine id, class, SQL or stack trace, and a user's mistake is never a 500:
 * <ul>
 *   <li>a submission our server-side validation refused inside the engine arrives wrapped in the
 *       engine's "exception while invoking the TaskListener" as a 500: it becomes a 400 with just the
 *       Vietnamese reason, which Tasklist shows;</li>
 *   <li>a lost race (the task was completed, claimed or changed by someone else in the meantime) is a
 *       409; a task or dossier that does not exist (or no longer: finished) is a 404;</li>
 *   <li>every other error keeps its status with a plain Vietnamese message; the engine's own text goes to
 *       the log, and a server error is logged with an incident number that the message gives.</li>
 * </ul>
 * A model that does not parse keeps the engine's explanation (policy staff deploying from Modeler need it:
 * it names their model's elements, not the engine's). Answers we wrote ourselves are left as they are.
 */
class EngineErrorFilter extends OncePerRequestFilter {

  static final String REFUSED = "Dữ liệu chưa hợp lệ, chưa lưu được:";
  static final String CONFLICT = "Hồ sơ này vừa được người khác xử lý hoặc nhận trước. Xin tải lại trang để xem tình trạng mới nhất.";
  static final String NOT_FOUND = "Không tìm thấy công việc hoặc hồ sơ này; có thể nó đã được xử lý xong.";
  static final String BAD_REQUEST = "Yêu cầu không hợp lệ, chưa thực hiện được.";
  private static final Pattern LOST_RACE = Pattern.compile(
      "(?s).*(ENGINE-03005|OptimisticLocking|updated by another transaction|already claimed|TaskAlreadyClaimed).*");
  private static final Pattern MISSING = Pattern.compile(
      "(?is).*(cannot find task|task is null|no task found|does not exist|not found|NullValueException|is null).*");
  /** The engine's generic REST exception types, which name no class of ours or its internals. */
  private static final Set<String> GENERIC_TYPES = Set.of("InvalidRequestException", "RestException",
      "AuthorizationException");
  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
    } finally {
      if (wrapper.getStatus() >= 400 && wrapper.getHeader(ApiErrors.OWN_ANSWER) == null) {
        rewrite(request, wrapper);
      }
      wrapper.copyBodyToResponse();
    }
  }

  private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
    String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    JsonNode json = parse(body);
    if (response.getStatus() < 500 && json == null) {
      return; // not an engine API answer (a webapp page, a login form): nothing of the engine to hide
    }
    String message = json != null && json.hasNonNull("message") ? json.get("message").asText() : body;
    String type = json != null && json.hasNonNull("type") ? json.get("type").asText() : "";
    int status = response.getStatus();
    int refused = message.indexOf(REFUSED);
    if (refused >= 0) {
      String reason = message.substring(refused).replaceAll("['\"\\s]+$", "");
      replace(response, 400, FormErrors.TYPE, reason);
      LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
    } else if (LOST_RACE.matcher(type + " " + message).matches()) {
      replace(response, 409, "Conflict", CONFLICT);
      LOG.info("Lost race on {} {}: {}", request.getMethod(), request.getRequestURI(), message);
    } else if (status >= 500 && MISSING.matcher(type + " " + message).matches() || status == 404) {
      replace(response, 404, "InvalidRequestException", NOT_FOUND);
      LOG.info("Not found on {} {}: {}", request.getMethod(), request.getRequestURI(), message);
    } else if (status >= 500) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("Incident {} on {} {}: {}", incident, request.getMethod(), request.getRequestURI(), body);
      replace(response, status, "ServerError",
          "Hệ thống gặp lỗi, chưa thực hiện được yêu cầu. Xin báo quản trị viên mã sự cố " + incident + ".");
    } else if (status == 400 && isDeployment(request)) {
      LOG.info("Deployment refused on {}: {}", request.getRequestURI(), message);
    } else {
      String plain = status == 401 ? "Xin đăng nhập." : status == 403 ? ApiErrors.FORBIDDEN : BAD_REQUEST;
      replace(response, status, GENERIC_TYPES.contains(type) ? type : "InvalidRequestException", plain);
      LOG.info("Answered {} to {} {}: {}", status, request.getMethod(), request.getRequestURI(), message);
    }
  }

  private static boolean isDeployment(HttpServletRequest request) {
    try {
      return EnginePath.of(request).map(path -> path.segment(0).equals("deployment")).orElse(false);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json != null && json.isObject() ? json : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void replace(ContentCachingResponseWrapper response, int status, String type, String message)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(FormErrors.body(type, message));
  }
}
