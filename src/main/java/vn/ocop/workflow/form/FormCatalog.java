package vn.ocop.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of {@code forms/}, read from the same files the engine deploys, so the server
 * enforces exactly the rules a form declares.
 */
@Component
public class FormCatalog {

  static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist");

  private final Map<String, FormSchema> forms;

  public FormCatalog() {
    this(new ObjectMapper(), "classpath*:forms/*.form");
  }

  FormCatalog(ObjectMapper json, String pattern) {
    Map<String, FormSchema> byId = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          FormSchema schema = parse(json.readTree(in));
          if (byId.put(schema.id(), schema) != null) {
            throw new IllegalStateException("Two forms have the id " + schema.id());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms", e);
    }
    this.forms = Map.copyOf(byId);
  }

  public Optional<FormSchema> find(String formId) {
    return Optional.ofNullable(forms.get(formId));
  }

  FormSchema get(String formId) {
    return find(formId).orElseThrow(() -> new IllegalStateException("No form with the id " + formId));
  }

  static FormSchema parse(JsonNode form) {
    List<FormField> fields = new ArrayList<>();
    collect(form.path("components"), "", fields);
    return new FormSchema(form.path("id").asText(), List.copyOf(fields));
  }

  private static void collect(JsonNode components, String prefix, List<FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (type.equals("group") || type.equals("dynamiclist")) {
        String path = component.path("path").asText("");
        collect(component.path("components"), path.isEmpty() ? prefix : prefix + path + ".", fields);
      } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        JsonNode validate = component.path("validate");
        List<String> allowed = new ArrayList<>();
        component.path("values").forEach(option -> allowed.add(option.path("value").asText()));
        fields.add(new FormField(
            prefix + component.path("key").asText(),
            type,
            component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText())),
            validate.path("required").asBoolean(false),
            component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
            validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
            validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
            validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
            validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
            validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
            List.copyOf(allowed),
            component.hasNonNull("valuesKey") ? component.get("valuesKey").asText() : null,
            component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null));
      }
    }
  }
}
