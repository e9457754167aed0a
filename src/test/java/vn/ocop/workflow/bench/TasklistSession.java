package vn.ocop.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.ocop.workflow.testsupport.TasklistClient;

/**
 * One user's browser session of a Camunda webapp, making the requests Camunda Tasklist 7.24 (or Cockpit)
 * makes, as read from the 7.24 webjar ({@code camunda-tasklist-bootstrap.js}) and our Tasklist script
 * ({@code ocop-tasklist.js}, which sorts every list by due date, most urgent first):
 * <ul>
 *   <li>log in: {@code POST /camunda/api/admin/auth/user/default/login/tasklist} with the form fields
 *       {@code username} and {@code password}; the session cookie is kept, and every modifying request
 *       carries the {@code X-XSRF-TOKEN} header with the value of the {@code XSRF-TOKEN} cookie the webapps
 *       hand out;</li>
 *   <li>landing: the authentication check, the user's profile, the count of the task filters and the
 *       filters themselves ({@code itemCount=false}), then the first page of the selected filter (the one
 *       with the lowest priority) with {@code POST /filter/{id}/list?firstResult=0&maxResults=15} and
 *       Tasklist's body, {@code Accept: application/hal+json}. The HAL answer carries the filter's count
 *       and each card's variables: Tasklist 7.24 shows the count of the selected filter only and takes it
 *       from this answer; it never counts the other filters;</li>
 *   <li>polling: the same list call every 10 s (Tasklist's {@code $interval(…, 1e4)} broadcasts
 *       "refresh"; all our filters have {@code refresh: true});</li>
 *   <li>opening a task: the task (HAL), its form reference, the deployed Camunda form and the form's
 *       variables; claiming it and submitting the form.</li>
 * </ul>
 * Every request is timed under its kind; an answer other than 2xx is an error (counted, and thrown).
 */
final class TasklistSession {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  static final String HAL = "application/hal+json, application/json; q=0.5";

  /** Timings of all sessions by request kind, and errors. Thread-safe. */
  static final class Timings {
    private final Map<String, Samples> byKind = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> errorExamples = new ArrayList<>();

    void add(String kind, double millis) {
      Samples samples = byKind.computeIfAbsent(kind, k -> new Samples());
      synchronized (samples) {
        samples.add(millis);
      }
    }

    void error(String what) {
      errors.incrementAndGet();
      synchronized (errorExamples) {
        if (errorExamples.size() < 5) {
          errorExamples.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
      }
    }

    Map<String, Samples> byKind() {
      Map<String, Samples> copy = new java.util.TreeMap<>();
      byKind.forEach((kind, samples) -> {
        synchronized (samples) {
          copy.put(kind, new Samples(samples.values()));
        }
      });
      return copy;
    }

    /** Every request but the login (the page load and the login POST happen once a day, not while working). */
    Samples all() {
      Samples all = new Samples();
      byKind().forEach((kind, samples) -> {
        if (!kind.equals("page") && !kind.equals("login")) {
          samples.values().forEach(all::add);
        }
      });
      return all;
    }

    long errors() {
      return errors.get();
    }

    List<String> errorExamples() {
      synchronized (errorExamples) {
        return List.copyOf(errorExamples);
      }
    }
  }

  /** A task filter as the filter list returns it. */
  record Filter(String id, String name, int priority) {
  }

  private final String baseUrl;
  private final String user;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final Timings timings;
  private List<Filter> filters = List.of();

  TasklistSession(int port, String user, Timings timings) {
    this.baseUrl = "http://localhost:" + port;
    this.user = user;
    this.timings = timings;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  String user() {
    return user;
  }

  List<Filter> filters() {
    return filters;
  }

  /** The filter Tasklist selects on landing: the lowest priority (Tasklist's {@code currentFilter}). */
  Filter defaultFilter() {
    return filters.stream().min(java.util.Comparator.comparingInt(Filter::priority))
        .orElseThrow(() -> new IllegalStateException(user + " may read no task filter"));
  }

  Optional<Filter> filter(String name) {
    return filters.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Logs in to {@code app} (tasklist or cockpit) as the login page does. */
  TasklistSession login(String app, String password) {
    // the page load hands out the first XSRF token
    send("page", HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET(), false);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    send("login", HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrfToken())
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form)), true);
    return this;
  }

  /**
   * Everything one Tasklist landing asks, in order: authentication, profile, the filters (count, then the
   * list), and the first page of the selected filter. Returns that page.
   */
  JsonNode landing(String timingKind) {
    long started = System.nanoTime();
    get("landing.auth", "/camunda/api/admin/auth/user/default", "application/json");
    get("landing.profile", ENGINE + "/user/" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "/profile",
        "application/json");
    long count = TasklistClient.read(get("landing.filterCount", ENGINE
        + "/filter/count?itemCount=false&resourceType=Task", "application/json")).path("count").asLong();
    JsonNode list = TasklistClient.read(get("landing.filters", ENGINE
        + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task", "application/json"));
    List<Filter> read = new ArrayList<>();
    list.forEach(f -> read.add(new Filter(f.path("id").asText(), f.path("name").asText(),
        f.path("properties").path("priority").asInt(0))));
    if (read.size() != count) {
      throw error("filter count " + count + " but " + read.size() + " filters listed for " + user);
    }
    filters = List.copyOf(read);
    JsonNode page = list(defaultFilter(), "landing.list");
    if (timingKind != null) {
      timings.add(timingKind, (System.nanoTime() - started) / 1e6);
    }
    return page;
  }

  /** Tasklist's list call of a filter's first page (HAL, with the count and the cards' variables). */
  JsonNode list(Filter filter, String timingKind) {
    String body = TasklistClient.JSON.createObjectNode().<ObjectNode>set("processVariables",
            TasklistClient.JSON.createArrayNode())
        .<ObjectNode>set("taskVariables", TasklistClient.JSON.createArrayNode())
        .<ObjectNode>set("caseInstanceVariables", TasklistClient.JSON.createArrayNode())
        .put("firstResult", 0).put("maxResults", 15)
        .<ObjectNode>set("sorting", TasklistClient.JSON.createArrayNode().add(TasklistClient.JSON.createObjectNode()
            .put("sortBy", "dueDate").put("sortOrder", "asc")))
        .put("active", true).toString();
    JsonNode page = TasklistClient.read(post(timingKind, ENGINE + "/filter/" + filter.id()
        + "/list?firstResult=0&maxResults=15", body, HAL));
    if (!page.has("count") || page.path("_embedded").path("task").size() > 15) {
      throw error("not a HAL page of at most 15 tasks: " + page.toString());
    }
    return page;
  }

  /** The count of a filter ({@code POST /filter/{id}/count} with the query part of Tasklist's body). */
  long count(Filter filter, String timingKind) {
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"active\":true}";
    JsonNode count = TasklistClient.read(post(timingKind, ENGINE + "/filter/" + filter.id() + "/count", body,
        "application/json"));
    if (!count.has("count")) {
      throw error("no count: " + count);
    }
    return count.path("count").asLong();
  }

  /** Opening a task as Tasklist does: the task, its form reference, the deployed form, the form's variables. */
  JsonNode openTask(String taskId, String prefix) {
    get(prefix + "task", ENGINE + "/task/" + taskId, HAL);
    get(prefix + "form", ENGINE + "/task/" + taskId + "/form", "application/json");
    JsonNode form = TasklistClient.read(get(prefix + "deployedForm", ENGINE + "/task/" + taskId + "/deployed-form",
        "application/json"));
    get(prefix + "formVariables", ENGINE + "/task/" + taskId + "/form-variables?deserializeValues=false",
        "application/json");
    return form;
  }

  void claim(String taskId, String prefix) {
    post(prefix + "claim", ENGINE + "/task/" + taskId + "/claim",
        TasklistClient.JSON.createObjectNode().put("userId", user).toString(), "application/json");
  }

  /**
   * Submits the task's form as Tasklist sends it (our form contract, as {@code TasklistClient.submit}): every
   * field of the deployed form, the given values where given, primitives untyped, lists and objects as Json.
   */
  void submit(String taskId, JsonNode form, Map<String, Object> values, String prefix) {
    Map<String, Object> all = new LinkedHashMap<>();
    collect(form.path("components"), values, all);
    for (String name : values.keySet()) {
      if (!all.containsKey(name)) {
        throw error("the form of task " + taskId + " has no field " + name);
      }
    }
    post(prefix + "submit", ENGINE + "/task/" + taskId + "/submit-form", TasklistClient.submission(all),
        "application/json");
  }

  /** Any GET in the session, timed under {@code kind}; the body. */
  String get(String kind, String path, String accept) {
    return send(kind, HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(), true).body();
  }

  private String post(String kind, String path, String json, String accept) {
    return send(kind, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("Accept", accept)
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), true).body();
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last)
        .orElseThrow(() -> error("the webapp handed out no XSRF-TOKEN cookie"));
  }

  private HttpResponse<String> send(String kind, HttpRequest.Builder request, boolean mustSucceed) {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw error(kind + " " + built.uri() + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + built.uri(), e);
    }
    double millis = (System.nanoTime() - started) / 1e6;
    if (mustSucceed && (response.statusCode() < 200 || response.statusCode() > 299)) {
      throw error(kind + " " + built.method() + " " + built.uri().getPath() + " as " + user + ": "
          + response.statusCode() + " " + response.body());
    }
    if (kind != null) {
      timings.add(kind, millis);
    }
    return response;
  }

  private IllegalStateException error(String what) {
    timings.error(what);
    return new IllegalStateException(what);
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static void collect(JsonNode components, Map<String, Object> values, Map<String, Object> all) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        all.put(path, values.containsKey(path) ? values.get(path) : TasklistClient.JSON.createObjectNode());
      } else if (component.has("key")) {
        all.put(component.path("key").asText(), values.get(component.path("key").asText()));
      } else {
        collect(component.path("components"), values, all);
      }
    }
  }
}
