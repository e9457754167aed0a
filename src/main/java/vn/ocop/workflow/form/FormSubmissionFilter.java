package vn.ocop.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.workflow.access.CachedBodyRequest;
import vn.ocop.workflow.access.EnginePath;
import vn.ocop.workflow.access.RequestUser;

/**
 * In front of every way a form is submitted over HTTP (task submit-form, complete and resolve, process
 * start and submit-form; through {@code /engine-rest} and the webapps' {@code /camunda/api/engine}, read
 * on the canonical {@link EnginePath}, so no spelling of the URL gets around it): refuses, with 400 and a
 * Vietnamese message, a body that is not JSON, carries anything but variables (start
 * instructions, skipped listeners, a business key), a variable of a type forms never send (Object, Xml,
 * serialized Java, files), or a variable that is not a field of the form (of a task or start event without
 * a form: any variable). The engine stores every variable it is given, so without this an officer could
 * overwrite {@code communeCode} or {@code starRank} along with a task. The values themselves are then
 * checked by {@link FormValidationListener} and the first service task of each process, inside the
 * engine's transaction.
 */
class FormSubmissionFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissionFilter.class);
  private static final Set<String> TASK_CALLS = Set.of("submit-form", "complete", "resolve");
  private static final Set<String> START_CALLS = Set.of("submit-form", "start");
  /** What a submission may carry besides its variables; everything else (start instructions, skipping listeners) is refused. */
  private static final Set<String> TASK_KEYS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_KEYS = Set.of("variables", "businessKey", "withVariablesInReturn");
  /** The value types a form submits; Object, Xml, File, Bytes and serialized Java values are refused. */
  private static final Set<String> VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "null", "json");
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

  /** A task's or a process definition's submission, read from the canonical path. */
  private record Submission(boolean task, String id, String key) {
  }

  private static Submission submissionOf(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return null;
    }
    EnginePath path;
    try {
      path = EnginePath.of(request).orElse(null);
    } catch (IllegalArgumentException e) {
      return null; // the gate has answered 400
    }
    if (path == null || path.api() != EnginePath.Api.ENGINE) {
      return null;
    }
    if (path.size() == 3 && path.segment(0).equals("task") && TASK_CALLS.contains(path.segment(2))) {
      return new Submission(true, path.segment(1), null);
    }
    if (!path.segment(0).equals("process-definition") || !START_CALLS.contains(path.segment(path.size() - 1))) {
      return null;
    }
    if (path.size() == 3) {
      return new Submission(false, path.segment(1), null);
    }
    if (path.segment(1).equals("key") && (path.size() == 4 || path.size() == 6 && path.segment(3).equals("tenant-id"))) {
      return new Submission(false, null, path.segment(2));
    }
    return null;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return submissionOf(request) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Submission submission = submissionOf(request);
    // the gate in front (access.EngineApiGate) has already capped the body at 256 KB
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode json;
    JsonNode variables;
    try {
      json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      variables = json == null ? null : json.path("variables");
      if (json == null || !json.isObject() || !(variables.isMissingNode() || variables.isNull() || variables.isObject())) {
        FormErrors.write(response, 400, "Dữ liệu gửi lên không đúng định dạng.");
        return;
      }
    } catch (IOException e) {
      FormErrors.write(response, 400, "Dữ liệu gửi lên không đúng định dạng.");
      return;
    }
    String refusal = refusalOf(submission, json, variables);
    if (refusal != null) {
      FormErrors.write(response, 400, refusal);
      return;
    }
    Form form = formOf(request, submission);
    if (variables.isObject() && variables.size() > 0 && form.found()) {
      Set<String> fields = form.key() == null ? Set.of()
          : catalog.find(form.key()).map(FormSubmissionFilter::fieldNames).orElse(Set.of());
      Iterator<String> names = variables.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!fields.contains(name)) {
          LOG.warn("Refused a submission of form {} with variable '{}', which the form does not have", form.key(), name);
          FormErrors.write(response, 400, "Dữ liệu chưa hợp lệ, chưa lưu được: biểu mẫu không có trường «"
              + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "».");
          return;
        }
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** Why the body's shape is refused, whatever the form; {@code null} when it is a plain submission. */
  private static String refusalOf(Submission submission, JsonNode json, JsonNode variables) {
    Set<String> allowed = submission.task() ? TASK_KEYS : START_KEYS;
    Iterator<String> keys = json.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        LOG.warn("Refused a submission carrying '{}'", key);
        return "Dữ liệu chưa hợp lệ, chưa lưu được: yêu cầu chỉ được gửi các trường của biểu mẫu.";
      }
    }
    JsonNode businessKey = json.path("businessKey");
    if (!businessKey.isMissingNode() && !businessKey.isNull() && !businessKey.asText().isEmpty()) {
      LOG.warn("Refused a start carrying a business key");
      return "Dữ liệu chưa hợp lệ, chưa lưu được: mã hồ sơ do hệ thống cấp, không nhập Business Key.";
    }
    if (variables.isObject()) {
      Iterator<java.util.Map.Entry<String, JsonNode>> entries = variables.fields();
      while (entries.hasNext()) {
        java.util.Map.Entry<String, JsonNode> entry = entries.next();
        JsonNode value = entry.getValue();
        String type = value.path("type").asText("");
        String normalised = type.isEmpty() ? "" : Character.toLowerCase(type.charAt(0)) + type.substring(1).toLowerCase(java.util.Locale.ROOT);
        JsonNode info = value.path("valueInfo");
        boolean plainInfo = info.isMissingNode() || info.isNull() || info.isObject() && info.isEmpty();
        if (!value.isObject() || !type.isEmpty() && !VALUE_TYPES.contains(normalised) || !plainInfo) {
          LOG.warn("Refused a submission with variable '{}' of type '{}'", entry.getKey(), type);
          return "Dữ liệu chưa hợp lệ, chưa lưu được: trường «" + abbreviate(entry.getKey())
              + "» có kiểu dữ liệu không được phép.";
        }
      }
    }
    return null;
  }

  private static String abbreviate(String name) {
    return name.length() > 40 ? name.substring(0, 40) + "…" : name;
  }

  private static Set<String> fieldNames(FormSchema schema) {
    Set<String> names = new LinkedHashSet<>();
    schema.fields().stream().filter(field -> !field.readonly()).forEach(field -> names.add(field.variable()));
    return names;
  }

  /** The task's or start event's Camunda Form, as the submitting user may see it. */
  private record Form(boolean found, String key) {
  }

  private Form formOf(HttpServletRequest request, Submission submission) {
    boolean ownAuthentication = identityService.getCurrentAuthentication() == null;
    if (ownAuthentication) {
      RequestUser user = RequestUser.of(request);
      if (user.anonymous()) {
        return new Form(false, null);
      }
      identityService.setAuthentication(user.id(), user.groupIds(), user.tenantIds());
    }
    try {
      CamundaFormRef ref;
      if (submission.task()) {
        ref = formService.getTaskFormData(submission.id()).getCamundaFormRef();
      } else {
        String definitionId = submission.id();
        if (submission.key() != null) {
          ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
              .processDefinitionKey(submission.key()).latestVersion().singleResult();
          if (definition == null) {
            return new Form(false, null);
          }
          definitionId = definition.getId();
        }
        ref = formService.getStartFormData(definitionId).getCamundaFormRef();
      }
      return new Form(true, ref == null ? null : ref.getKey());
    } catch (ProcessEngineException e) {
      // not found, not authorized, …: the engine answers that itself when the request reaches it
      return new Form(false, null);
    } finally {
      if (ownAuthentication) {
        identityService.clearAuthentication();
      }
    }
  }
}
