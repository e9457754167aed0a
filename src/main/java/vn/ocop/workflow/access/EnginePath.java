package vn.ocop.workflow.access;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request to one of the engine's HTTP APIs, spelt the one way the engine's REST resources understand
 * it: empty segments (double and trailing slashes) and matrix parameters dropped, every segment
 * percent-decoded. {@code /engine-rest/task/a%62c/complete/} and
 * {@code /camunda/api/engine/engine/default/task/abc/complete} are both {@code engine task/abc/complete};
 * the webapps' own APIs ({@code /camunda/api/admin/auth/…}, {@code /camunda/api/cockpit/plugin/…}) are
 * {@code webapp admin/auth/…}. Rules ({@link EngineOperations}) and the form contract
 * ({@code form.FormSubmissionFilter}) are decided on this, never on the raw URI.
 */
public record EnginePath(Api api, List<String> segments) {

  /** Which API a path belongs to. */
  public enum Api {
    /** the engine's REST API, at {@code /engine-rest} or under the webapps' {@code /camunda/api/engine/engine/default} */
    ENGINE,
    /** {@code /camunda/api/engine/engine}: the list of engines the webapps ask before login */
    ENGINE_LIST,
    /** an engine other than {@code default}: none exists */
    OTHER_ENGINE,
    /** the webapps' own APIs: {@code /camunda/api/{admin,cockpit,tasklist,welcome}/…} */
    WEBAPP
  }

  static final String ATTRIBUTE = EnginePath.class.getName();

  /** The path as the gate read it for this request, if the request went to an engine API. */
  public static Optional<EnginePath> of(HttpServletRequest request) {
    Object path = request.getAttribute(ATTRIBUTE);
    if (path instanceof EnginePath enginePath) {
      return Optional.of(enginePath);
    }
    EnginePath parsed = parse(request.getRequestURI().substring(request.getContextPath().length()));
    if (parsed != null) {
      request.setAttribute(ATTRIBUTE, parsed);
    }
    return Optional.ofNullable(parsed);
  }

  /**
   * The canonical path of a request URI (without the context path); {@code null} when the URI is not an
   * engine API's.
   *
   * @throws IllegalArgumentException when a segment is not valid percent-encoded UTF-8 or decodes to a
   *     slash, a backslash, a dot segment or a control character
   */
  static EnginePath parse(String uri) {
    List<String> segments = new ArrayList<>();
    for (String raw : uri.split("/", -1)) {
      int matrix = raw.indexOf(';');
      String segment = decode(matrix >= 0 ? raw.substring(0, matrix) : raw);
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.equals(".") || segment.equals("..") || segment.indexOf('/') >= 0 || segment.indexOf('\\') >= 0
          || segment.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("path segment not allowed: " + raw);
      }
      segments.add(segment);
    }
    if (!segments.isEmpty() && segments.get(0).equals("engine-rest")) {
      return new EnginePath(Api.ENGINE, List.copyOf(segments.subList(1, segments.size())));
    }
    if (segments.size() < 3 || !segments.get(0).equals("camunda") || !segments.get(1).equals("api")) {
      return null;
    }
    if (segments.get(2).equals("engine")) {
      if (segments.size() == 3 || !segments.get(3).equals("engine")) {
        return new EnginePath(Api.WEBAPP, List.copyOf(segments.subList(2, segments.size())));
      }
      if (segments.size() == 4) {
        return new EnginePath(Api.ENGINE_LIST, List.of());
      }
      Api api = segments.get(4).equals("default") ? Api.ENGINE : Api.OTHER_ENGINE;
      return new EnginePath(api, List.copyOf(segments.subList(5, segments.size())));
    }
    return new EnginePath(Api.WEBAPP, List.copyOf(segments.subList(2, segments.size())));
  }

  /** The segment at this index, or the empty string. */
  public String segment(int index) {
    return index < segments.size() ? segments.get(index) : "";
  }

  public int size() {
    return segments.size();
  }

  @Override
  public String toString() {
    return api.name().toLowerCase(java.util.Locale.ROOT) + " " + String.join("/", segments);
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    byte[] bytes = new byte[segment.length()];
    int length = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          throw new IllegalArgumentException("truncated percent-encoding in " + segment);
        }
        int high = Character.digit(segment.charAt(i + 1), 16);
        int low = Character.digit(segment.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("invalid percent-encoding in " + segment);
        }
        bytes[length++] = (byte) (high * 16 + low);
        i += 2;
      } else if (c < 0x80) {
        bytes[length++] = (byte) c;
      } else {
        throw new IllegalArgumentException("non-ASCII character in a path");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("percent-encoding that is not UTF-8 in " + segment, e);
    }
  }
}
