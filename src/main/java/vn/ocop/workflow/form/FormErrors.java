package vn.ocop.workflow.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.ocop.workflow.access.ApiErrors;

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
    ApiErrors.write(response, status, type, message);
  }
}
