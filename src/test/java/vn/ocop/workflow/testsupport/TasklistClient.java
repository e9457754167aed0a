package vn.ocop.workflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The REST calls Tasklist makes for a user (password {@code demo}): start forms, task lists, and form
 * submissions shaped exactly like form-js's: every input field of the deployed form, untouched ones as
 * null, a group with a path as one Json object, lists as Json arrays.
 */
public final class TasklistClient {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo";

  private final TestHttp http;

  public TasklistClient(int port) {
    this.http = new TestHttp(port);
  }

  public JsonNode get(String path, String user) {
    HttpResponse<String> response = http.get(path, user, PASSWORD);
    assertThat(response.statusCode()).as(path + " as " + user + ": " + response.body()).isEqualTo(200);
    return read(response.body());
  }

  public HttpResponse<String> post(String path, Map<String, Object> values, String user) {
    return http.post(path, submission(values), user, PASSWORD);
  }

  /** Starts a process from its start form, as Tasklist's "Start process" does; returns the instance id. */
  public String start(String processKey, Map<String, Object> values, String user) {
    HttpResponse<String> started = post("/engine-rest/process-definition/key/" + processKey + "/submit-form", values, user);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return read(started.body()).path("id").asText();
  }

  /** The user's open tasks with this key, in the given process instances. */
  public JsonNode tasks(String user, String taskKey, String... processInstanceIds) {
    return get("/engine-rest/task?taskDefinitionKey=" + taskKey + "&processInstanceIdIn=" + String.join(",", processInstanceIds), user);
  }

  /** The id of the user's one open task with this key. */
  public String onlyTask(String user, String taskKey, String... processInstanceIds) {
    JsonNode tasks = tasks(user, taskKey, processInstanceIds);
    assertThat(tasks).as(user + "'s " + taskKey).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  /**
   * Submits the task's form as Tasklist does; the given values must all be fields of the form. The form, as
   * the user opens it, has a value on each of its lines ({@link FormShows}).
   */
  public void submit(String user, String taskId, Map<String, Object> values) {
    JsonNode form = read(http.get("/engine-rest/task/" + taskId + "/deployed-form", user, PASSWORD).body());
    JsonNode shownValues = get("/engine-rest/task/" + taskId + "/form-variables", user);
    assertThat(FormShows.shownIn(form).stream().filter(name -> shownValues.path(name).path("value").isNull()
        || shownValues.path(name).path("value").isMissingNode()).toList())
        .as("lines of form " + form.path("id").asText() + " that show " + user + " no value").isEmpty();
    Map<String, Object> all = new LinkedHashMap<>();
    collect(form.path("components"), values, all);
    values.forEach((name, value) -> assertThat(all).as("form field " + name).containsKey(name));
    HttpResponse<String> response = http.post("/engine-rest/task/" + taskId + "/submit-form", submission(all), user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** Form values as Tasklist sends them: primitives untyped, lists and objects as Json. */
  public static String submission(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value == null) {
        variable.putNull("value");
      } else if (value instanceof JsonNode json) {
        variable.put("value", json.toString()).put("type", "Json");
      } else {
        variable.putPOJO("value", value);
      }
    });
    return JSON.createObjectNode().set("variables", variables).toString();
  }

  public static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }

  private static void collect(JsonNode components, Map<String, Object> values, Map<String, Object> all) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        all.put(path, values.containsKey(path) ? values.get(path) : JSON.createObjectNode());
      } else if (component.has("key")) {
        all.put(component.path("key").asText(), values.get(component.path("key").asText()));
      } else {
        collect(component.path("components"), values, all);
      }
    }
  }

  public TestHttp http() {
    return http;
  }
}
