package vn.ocop.workflow.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;

/**
 * What an officer sees on a task's form and what of it would be empty: the variables the form's texts show
 * ({@code {{name}}} in a text component that is always shown, not under a {@code conditional}), against
 * the variables the task's form is given (Tasklist's {@code form-variables}: the task's own and those of its
 * execution and process). A called process that is not given what its forms show leaves a line of the
 * form empty ("Hạng sao: ").
 */
public final class FormShows {

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Set<String>> SHOWN_BY_FORM = new ConcurrentHashMap<>();

  private FormShows() {
  }

  /** The variables the task's form always shows and the task has no value for (none: the form is complete). */
  public static Set<String> emptyOn(Task task, TaskService tasks, FormService forms) {
    CamundaFormRef formRef = forms.getTaskFormData(task.getId()).getCamundaFormRef();
    if (formRef == null) {
      return Set.of();
    }
    Map<String, Object> values = tasks.getVariables(task.getId());
    Set<String> empty = new TreeSet<>();
    for (String name : shownBy(formRef.getKey())) {
      if (values.get(name) == null) {
        empty.add(name);
      }
    }
    return empty;
  }

  /** The variables the texts of form {@code formId} (in {@code forms/}) always show. */
  static Set<String> shownBy(String formId) {
    return SHOWN_BY_FORM.computeIfAbsent(formId, FormShows::read);
  }

  private static Set<String> read(String formId) {
    File[] files = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    if (files == null) {
      throw new IllegalStateException("No forms/ directory in " + new File(".").getAbsolutePath());
    }
    for (File file : files) {
      try {
        JsonNode form = JSON.readTree(file);
        if (formId.equals(form.path("id").asText())) {
          return shownIn(form);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("No form with id " + formId + " in forms/");
  }

  /** The variables the texts of this form (its JSON, as {@code deployed-form} returns it) always show. */
  public static Set<String> shownIn(JsonNode form) {
    Set<String> shown = new TreeSet<>();
    collect(form.path("components"), shown);
    return Set.copyOf(shown);
  }

  private static void collect(JsonNode components, Set<String> shown) {
    for (JsonNode component : components) {
      if (component.has("conditional")) {
        continue;
      }
      if ("text".equals(component.path("type").asText())) {
        Matcher matcher = TEMPLATE_VARIABLE.matcher(component.path("text").asText());
        while (matcher.find()) {
          shown.add(matcher.group(1));
        }
      }
      collect(component.path("components"), shown);
    }
  }
}
