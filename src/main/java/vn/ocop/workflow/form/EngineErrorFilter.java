package vn.ocop.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Server errors of the engine's REST APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}):
 * <ul>
 *   <li>a submission our server-side validation refused inside the engine arrives wrapped in the
 *       engine's "exception while invoking the TaskListener" as a 500: it becomes a 400 with just the
 *       Vietnamese reason, which Tasklist shows;</li>
 *   <li>any other server error is logged with an incident number (the engine does not log the exceptions
 *       it passes on); one that carries SQL or a stack trace is answered with a plain Vietnamese message
 *       and that number instead.</li>
 * </ul>
 */
class EngineErrorFilter extends OncePerRequestFilter {

  static final String REFUSED = "Dữ liệu chưa hợp lệ, chưa lưu được:";
  private static final Pattern INTERNALS = Pattern.compile(
      "(?is).*(###|\\bSQL|jdbc|org\\.apache\\.ibatis|\\bat [a-z]+\\.[a-z]+\\.|Exception:\\s*\\n|\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|\\bupdate\\b.+\\bset\\b).*");
  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
    } finally {
      if (wrapper.getStatus() >= 500) {
        rewrite(request, wrapper);
      }
      wrapper.copyBodyToResponse();
    }
  }

  private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
    String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    String message = messageOf(body);
    int refused = message.indexOf(REFUSED);
    if (refused >= 0) {
      String reason = message.substring(refused).replaceAll("['\"\\s]+$", "");
      replace(response, 400, FormErrors.TYPE, reason);
      LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
    } else {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("Incident {} on {} {}: {}", incident, request.getMethod(), request.getRequestURI(), body);
      if (INTERNALS.matcher(message).matches()) {
        replace(response, response.getStatus(), "ServerError",
            "Hệ thống gặp lỗi, chưa thực hiện được yêu cầu. Xin báo quản trị viên mã sự cố " + incident + ".");
      }
    }
  }

  private static String messageOf(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json != null && json.hasNonNull("message") ? json.get("message").asText() : body;
    } catch (IOException e) {
      return body;
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
