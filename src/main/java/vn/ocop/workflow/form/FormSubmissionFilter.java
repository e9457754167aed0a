package vn.ocop.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every way a form is submitted over HTTP (task submit-form and complete, process start and
 * submit-form; through {@code /engine-rest} and through the webapps' {@code /camunda/api/engine}):
 * refuses, with 400 and a Vietnamese message, a body that is not JSON, is too large, or carries a
 * variable that is not a field of the form. The engine stores every variable it is given, so without
 * this an officer could overwrite {@code communeCode} or {@code starRank} along with a task. The values
 * themselves are then checked by {@link FormValidationListener} and the first service task of each
 * process, inside the engine's transaction.
 */
class FormSubmissionFilter extends OncePerRequestFilter {

  static final int MAX_BODY_BYTES = 256 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissionFilter.class);
  private static final String ENGINE = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern TASK = Pattern.compile(ENGINE + "/task/([^/]+)/(?:submit-form|complete|resolve)");
  private static final Pattern START = Pattern.compile(
      ENGINE + "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:submit-form|start)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormService formService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final FormCatalog catalog;

  FormSubmissionFilter(FormService formService, RepositoryService repositoryService, IdentityService identityService,
      FormCatalog catalog) {
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.catalog = catalog;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    String path = request.getRequestURI();
    return !TASK.matcher(path).matches() && !START.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      FormErrors.write(response, 413, "Dữ liệu gửi lên quá lớn (tối đa " + MAX_BODY_BYTES / 1024 + " KB).");
      return;
    }
    JsonNode variables;
    try {
      JsonNode json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      variables = json == null ? null : json.path("variables");
      if (json == null || !json.isObject() || !(variables.isMissingNode() || variables.isNull() || variables.isObject())) {
        FormErrors.write(response, 400, "Dữ liệu gửi lên không đúng định dạng.");
        return;
      }
    } catch (IOException e) {
      FormErrors.write(response, 400, "Dữ liệu gửi lên không đúng định dạng.");
      return;
    }
    String formId = formOf(request);
    if (formId != null && variables.isObject()) {
      Set<String> fields = catalog.find(formId).map(FormSubmissionFilter::fieldNames).orElse(Set.of());
      Iterator<String> names = variables.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!fields.contains(name)) {
          LOG.warn("Refused a submission of form {} with variable '{}', which the form does not have", formId, name);
          FormErrors.write(response, 400, "Dữ liệu chưa hợp lệ, chưa lưu được: biểu mẫu không có trường «"
              + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "».");
          return;
        }
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static Set<String> fieldNames(FormSchema schema) {
    Set<String> names = new LinkedHashSet<>();
    schema.fields().stream().filter(field -> !field.readonly()).forEach(field -> names.add(field.variable()));
    return names;
  }

  /** The Camunda Form of the task or start event, as the submitting user may see it; {@code null} if none. */
  private String formOf(HttpServletRequest request) {
    boolean ownAuthentication = identityService.getCurrentAuthentication() == null;
    if (ownAuthentication) {
      UserAuthentication user = webappUser(request);
      if (user == null) {
        return null;
      }
      identityService.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    }
    try {
      String path = request.getRequestURI();
      Matcher task = TASK.matcher(path);
      CamundaFormRef ref;
      if (task.matches()) {
        ref = formService.getTaskFormData(task.group(1)).getCamundaFormRef();
      } else {
        Matcher start = START.matcher(path);
        if (!start.matches()) {
          return null;
        }
        String definitionId = start.group(2);
        if (start.group(1) != null) {
          ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
              .processDefinitionKey(start.group(1)).latestVersion().singleResult();
          if (definition == null) {
            return null;
          }
          definitionId = definition.getId();
        }
        ref = formService.getStartFormData(definitionId).getCamundaFormRef();
      }
      return ref == null ? null : ref.getKey();
    } catch (ProcessEngineException e) {
      // not found, not authorized, …: the engine answers that itself when the request reaches it
      return null;
    } finally {
      if (ownAuthentication) {
        identityService.clearAuthentication();
      }
    }
  }

  /** The user logged in to the webapps in this session, or {@code null}. */
  private static UserAuthentication webappUser(HttpServletRequest request) {
    if (request.getSession(false) == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(request.getSession(false));
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine("default");
    return authentication instanceof UserAuthentication user ? user : null;
  }

  /** The request with its body read once and replayed to the engine. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
