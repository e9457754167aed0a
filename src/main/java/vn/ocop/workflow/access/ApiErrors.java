package vn.ocop.workflow.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Error responses of the engine APIs in the engine's shape ({@code type}, {@code message}), Vietnamese for officers. */
public final class ApiErrors {

  public static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
  /** Set on the answers we write ourselves, so that the engine error filter leaves them as they are. */
  public static final String OWN_ANSWER = "X-OCOP-Answer";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrors() {
  }

  public static byte[] body(String type, String message) {
    return JSON.createObjectNode().put("type", type).put("message", message).toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  public static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    byte[] body = body(type, message);
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader(OWN_ANSWER, "refused");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
