package vn.ocop.workflow.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Error responses of the APIs in the engine's shape ({@code type}, {@code message}), Vietnamese for officers. */
final class FormErrors {

  static final String TYPE = "FormValidationException";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormErrors() {
  }

  static byte[] body(String type, String message) {
    ObjectNode error = JSON.createObjectNode().put("type", type).put("message", message);
    return error.toString().getBytes(StandardCharsets.UTF_8);
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    write(response, status, TYPE, message);
  }

  static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    byte[] body = body(type, message);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
