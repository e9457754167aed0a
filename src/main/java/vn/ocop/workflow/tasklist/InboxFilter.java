package vn.ocop.workflow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.hal.EmptyHalCollection;
import org.camunda.bpm.engine.rest.hal.HalResource;
import org.camunda.bpm.engine.rest.hal.HalVariableValue;
import org.camunda.bpm.engine.rest.hal.task.HalTask;
import org.camunda.bpm.engine.rest.hal.task.HalTaskList;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.workflow.access.CachedBodyRequest;
import vn.ocop.workflow.access.EnginePath;
import vn.ocop.workflow.access.EngineRole;
import vn.ocop.workflow.access.OcopGroups;
import vn.ocop.workflow.access.RequestUser;
import vn.ocop.workflow.common.AsSystem;
import vn.ocop.workflow.common.EngineClock;

/**
 * Answers Tasklist's calls for the application's own filters ({@code filter/{id}/list} and
 * {@code filter/{id}/count}, through {@code /engine-rest} and the webapps' API alike) from the task inbox
 * ({@link TaskInbox}) instead of the engine's task query, for officers and council members. The engine's
 * query checks the task grants of every open task on each call, which grows with the province's work
 * and, for a province officer, stopped answering at all (issue 21); the inbox reads each of the user's
 * groups in index order.
 *
 * <p>It answers what the engine would: the same tasks (those offered to one of the user's groups or
 * assigned to the user: the grants the engine gives), in the filter's order (due date, then creation),
 * the same count, and the same JSON, made by the engine REST API's own classes from the engine's own
 * task and variable rows, read by id. Everything else goes on to the engine unchanged: other filters,
 * other users (the administrator, supervisors, anyone with a grant beyond their groups), a search by
 * variables, a sort by a variable, a body it does not know, a filter deleted meanwhile.
 *
 * <p>It also answers a supervisor's count of one process's open tasks ({@code task/count?processDefinitionKey=}),
 * which the engine makes by joining both of the supervisors' grants to every open task.
 */
class InboxFilter extends OncePerRequestFilter {

  /** The only criteria of Tasklist's own list call the inbox answers; any other key goes to the engine. */
  private static final Set<String> KNOWN_KEYS = Set.of("processVariables", "taskVariables", "caseInstanceVariables",
      "sorting", "active", "firstResult", "maxResults");
  private static final Set<String> VARIABLE_CRITERIA = Set.of("processVariables", "taskVariables",
      "caseInstanceVariables");
  /**
   * Sorts Tasklist offers that need no parameter. Every one of our filters sorts by due date and creation
   * first and the engine adds the caller's sort after that, so the caller's sort orders only tasks due and
   * created in the same millisecond; the inbox orders those by id.
   */
  private static final Set<String> PLAIN_SORTS = Set.of("dueDate", "created", "followUpDate", "name",
      "nameCaseInsensitive", "priority", "assignee", "id", "description", "executionId", "processInstanceId",
      "processDefinitionId", "caseInstanceId", "caseExecutionId", "tenantId");
  /** Groups whose members read more than their own units' tasks: the engine answers them. */
  private static final Set<String> WIDER_GROUPS = Set.of(OcopGroups.CAMUNDA_ADMIN, OcopGroups.SUPERVISORS,
      OcopGroups.POLICY_EDITORS);
  private static final Set<EngineRole> INBOX_ROLES = Set.of(EngineRole.OFFICER, EngineRole.COUNCIL);
  private static final String HAL_JSON = "application/hal+json";
  private static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final int DEFAULT_MAX_RESULTS = Integer.MAX_VALUE;

  private static final ObjectMapper ENGINE_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long a filter, once found, is taken to still exist without asking the engine again: 10 s. */
  static final long FILTER_RECHECK_NANOS = 10_000_000_000L;

  private final TaskInbox inbox;
  private final TasklistFilters filters;
  /** Each listed task's form, named for the whole page at once. */
  private final ListedForms forms;
  private final Map<String, Long> filterCheckedAt = new ConcurrentHashMap<>();
  /**
   * An answer's reads (the inbox's page and count, then the tasks, their definitions, users and variables
   * through the engine's API) in one read-only transaction on one connection: the engine's commands join
   * it (the Spring integration's REQUIRED propagation) instead of each taking a connection and committing.
   */
  private final TransactionTemplate oneReadingTransaction;
  private final ProcessEngine engine;
  private final Counter lists;
  private final Counter counts;
  private final Counter stageCounts;

  InboxFilter(TaskInbox inbox, TasklistFilters filters, ProcessEngine engine, MeterRegistry meters,
      PlatformTransactionManager transactions) {
    this.inbox = inbox;
    this.oneReadingTransaction = new TransactionTemplate(transactions);
    this.oneReadingTransaction.setReadOnly(true);
    this.filters = filters;
    this.engine = engine;
    this.forms = new ListedForms(engine);
    this.lists = answers(meters, "list");
    this.counts = answers(meters, "count");
    this.stageCounts = answers(meters, "process-count");
  }

  private static Counter answers(MeterRegistry meters, String call) {
    return Counter.builder("ocop.tasklist.inbox.answers").description("Tasklist filter calls answered from the task inbox")
        .tag("call", call).register(meters);
  }

  /** A call the inbox may answer: a filter's list or count, for a user whose tasks the inbox knows. */
  private record Call(String filterId, boolean list, RequestUser user, TasklistFilters.Definition definition) {
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> stage = supervisorsCountOf(request);
    if (stage.isPresent()) {
      stageCounts.increment();
      write(response, "application/json", JSON.writeValueAsBytes(Map.of("count", inbox.countOfProcess(stage.get()))));
      return;
    }
    Optional<Call> call = callOf(request);
    Optional<InboxQuery> query = call.flatMap(c -> queryOf(c, request));
    if (query.isEmpty() || !stillOurs(call.get().filterId())) {
      chain.doFilter(request, response);
      return;
    }
    if (call.get().list()) {
      lists.increment();
      writeList(request, response, call.get(), query.get());
    } else {
      counts.increment();
      write(response, "application/json", JSON.writeValueAsBytes(Map.of("count", inbox.count(query.get()))));
    }
  }

  /**
   * A supervisor's count of the open tasks of one process ({@code GET task/count?processDefinitionKey=…}
   * and nothing else): supervisors read every task (their grant on all tasks, checked on each call), so
   * the count is the inbox's count of that process.
   */
  private Optional<String> supervisorsCountOf(HttpServletRequest request) {
    if (!inbox.answering() || !"GET".equals(request.getMethod())) {
      return Optional.empty();
    }
    EnginePath path;
    try {
      path = EnginePath.of(request).orElse(null);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path == null || path.api() != EnginePath.Api.ENGINE || path.size() != 2 || !"task".equals(path.segment(0))
        || !"count".equals(path.segment(1))) {
      return Optional.empty();
    }
    Map<String, String[]> parameters = request.getParameterMap();
    String[] keys = parameters.get("processDefinitionKey");
    if (parameters.size() != 1 || keys == null || keys.length != 1 || keys[0].isBlank()) {
      return Optional.empty();
    }
    RequestUser user = RequestUser.of(request);
    if (user.anonymous() || user.role() != EngineRole.SUPERVISOR || !user.tenantIds().isEmpty()) {
      return Optional.empty();
    }
    boolean readsEveryTask = AsSystem.call(engine.getIdentityService(),
        () -> Stream.concat(grantsOnEveryTask().userIdIn(user.id()).list().stream(),
                grantsOnEveryTask().groupIdIn(user.groupIds().toArray(String[]::new)).list().stream())
            .anyMatch(grant -> grant.isPermissionGranted(Permissions.READ)));
    return readsEveryTask ? Optional.of(keys[0]) : Optional.empty();
  }

  /** The grants on all tasks ({@code TASK *}), of whom the caller says. */
  private AuthorizationQuery grantsOnEveryTask() {
    return engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.TASK).resourceId("*");
  }

  private Optional<Call> callOf(HttpServletRequest request) {
    if (!inbox.answering() || !"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
      return Optional.empty();
    }
    EnginePath path;
    try {
      path = EnginePath.of(request).orElse(null);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // the gate has answered 400
    }
    if (path == null || path.api() != EnginePath.Api.ENGINE || path.size() != 3 || !"filter".equals(path.segment(0))
        || !Set.of("list", "count").contains(path.segment(2))) {
      return Optional.empty();
    }
    RequestUser user = RequestUser.of(request);
    if (user.anonymous() || !INBOX_ROLES.contains(user.role())
        || user.groupIds().stream().anyMatch(WIDER_GROUPS::contains) || !user.tenantIds().isEmpty()) {
      return Optional.empty();
    }
    String filterId = path.segment(1);
    return filters.ours(filterId)
        .filter(definition -> definition.groups().stream().anyMatch(user.groupIds()::contains))
        .map(definition -> new Call(filterId, "list".equals(path.segment(2)), user, definition));
  }

  /** The inbox's query for this call, or nothing when the call asks for what only the engine answers. */
  private Optional<InboxQuery> queryOf(Call call, HttpServletRequest request) {
    Integer firstResult = number(request.getParameter("firstResult"), 0);
    Integer maxResults = number(request.getParameter("maxResults"), DEFAULT_MAX_RESULTS);
    if (firstResult == null || maxResults == null || !plainBody(request)) {
      return Optional.empty();
    }
    if ("POST".equals(request.getMethod()) && isWebappSession(request) && !csrfTokenMatches(request)) {
      return Optional.empty(); // the webapps' CSRF filter refuses it
    }
    if ((long) firstResult + maxResults > Integer.MAX_VALUE) {
      maxResults = Integer.MAX_VALUE - firstResult;
    }
    RequestUser user = call.user();
    return Optional.of(call.definition().inbox().query(user.id(), user.groupIds(), EngineClock.now(), firstResult,
        maxResults));
  }

  /** Absent: the default; not a whole number of at least 0: {@code null} (the engine answers 400). */
  private static Integer number(String value, int absent) {
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.strip());
      return number < 0 ? null : number;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether the body is empty or Tasklist's own: no variable criteria, at most a plain sort, the active
   * tasks only (every task the inbox holds belongs to a running process).
   */
  private static boolean plainBody(HttpServletRequest request) {
    byte[] body = request instanceof CachedBodyRequest cached ? cached.body() : new byte[0];
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return true;
    }
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (IOException e) {
      return false;
    }
    if (json == null || !json.isObject()) {
      return false;
    }
    for (Iterator<String> keys = json.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      JsonNode value = json.get(key);
      if (!KNOWN_KEYS.contains(key)
          || VARIABLE_CRITERIA.contains(key) && !(value.isArray() && value.isEmpty())
          || "active".equals(key) && !value.isBoolean()
          || "sorting".equals(key) && !plainSorting(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainSorting(JsonNode sorting) {
    if (!sorting.isArray()) {
      return false;
    }
    for (JsonNode sort : sorting) {
      Set<String> keys = new LinkedHashSet<>();
      sort.fieldNames().forEachRemaining(keys::add);
      if (!Set.of("sortBy", "sortOrder").containsAll(keys) || !PLAIN_SORTS.contains(sort.path("sortBy").asText(""))
          || !Set.of("asc", "desc").contains(sort.path("sortOrder").asText("asc"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWebappSession(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    return token != null && token.equals(request.getHeader(CSRF_HEADER));
  }

  /**
   * Whether the filter still exists (an administrator may have deleted it since this node started), asked
   * of the engine at most once every {@link #FILTER_RECHECK_NANOS} per filter: Tasklist polls the selected
   * filter every 10 s for every officer, and a deleted filter may be answered from the inbox for those
   * seconds more. The interval is a duration on the JVM's monotonic timer, not a date: it does not follow
   * the engine's clock, which tests move by months.
   */
  private boolean stillOurs(String filterId) {
    long now = System.nanoTime();
    Long checked = filterCheckedAt.get(filterId);
    if (checked != null && now - checked < FILTER_RECHECK_NANOS) {
      return true;
    }
    FilterService filterService = engine.getFilterService();
    boolean exists = AsSystem.call(engine.getIdentityService(),
        () -> filterService.createFilterQuery().filterId(filterId).count() == 1);
    if (exists) {
      filterCheckedAt.put(filterId, now);
    } else {
      filterCheckedAt.remove(filterId);
    }
    return exists;
  }

  private void writeList(HttpServletRequest request, HttpServletResponse response, Call call, InboxQuery query)
      throws IOException {
    IdentityService identity = engine.getIdentityService();
    boolean hal = acceptsHal(request);
    boolean activeOnly = activeOnly(request);
    // as the system: the page's tasks are those the inbox holds for the user's groups or the user, and the
    // users and definitions it embeds are those of these tasks
    Object body = oneReadingTransaction.execute(status -> {
      List<String> ids = inbox.page(query);
      long count = inbox.count(query);
      return AsSystem.call(identity, () -> {
        List<Task> tasks = tasksInOrder(ids, activeOnly);
        return hal ? halList(tasks, count, call.definition()) : dtoList(tasks);
      });
    });
    write(response, hal ? HAL_JSON : "application/json", ENGINE_JSON.writeValueAsBytes(body));
  }

  private static boolean activeOnly(HttpServletRequest request) {
    if (!(request instanceof CachedBodyRequest cached) || cached.body().length == 0) {
      return false;
    }
    try {
      return JSON.readTree(cached.body()).path("active").asBoolean(false);
    } catch (IOException e) {
      return false;
    }
  }

  private List<Task> tasksInOrder(List<String> ids, boolean activeOnly) {
    if (ids.isEmpty()) {
      return List.of();
    }
    TaskQuery query = engine.getTaskService().createTaskQuery().taskIdIn(ids.toArray(String[]::new));
    if (activeOnly) {
      query.active();
    }
    Map<String, Task> byId = query.list().stream().collect(Collectors.toMap(Task::getId, Function.identity()));
    return forms.named(ids.stream().map(byId::get).filter(task -> task != null).toList());
  }

  private HalResource<?> halList(List<Task> tasks, long count, TasklistFilters.Definition definition) {
    if (tasks.isEmpty()) {
      return new EmptyHalCollection(count);
    }
    HalTaskList list = HalTaskList.generate(tasks, count, engine);
    List<String> names = TasklistFilters.shownVariableNames();
    Map<String, List<VariableInstance>> variablesByScope = variablesByScope(tasks, names);
    @SuppressWarnings("unchecked")
    List<HalTask> halTasks = (List<HalTask>) list.getEmbedded("task");
    if (halTasks != null) {
      for (HalTask task : halTasks) {
        task.addEmbedded("variable", shownVariables(task, variablesByScope));
      }
    }
    return list;
  }

  /**
   * The shown variables of the page's tasks, by the scope that holds them (task, execution, process
   * instance), read at once as the engine's filter does.
   */
  private Map<String, List<VariableInstance>> variablesByScope(List<Task> tasks, List<String> names) {
    Set<String> scopes = new LinkedHashSet<>();
    for (Task task : tasks) {
      scopes.add(task.getId());
      scopes.add(task.getExecutionId());
      scopes.add(task.getProcessInstanceId());
    }
    scopes.remove(null);
    if (scopes.isEmpty()) {
      return Map.of();
    }
    List<VariableInstance> variables = AsSystem.call(engine.getIdentityService(),
        () -> engine.getRuntimeService().createVariableInstanceQuery()
            .disableBinaryFetching().disableCustomObjectDeserialization()
            .variableNameIn(names.toArray(String[]::new)).variableScopeIdIn(scopes.toArray(String[]::new))
            .unlimitedList());
    Map<String, List<VariableInstance>> byScope = new HashMap<>();
    for (VariableInstance variable : variables) {
      String scope = variable.getTaskId() != null ? variable.getTaskId() : variable.getExecutionId();
      byScope.computeIfAbsent(scope, key -> new ArrayList<>()).add(variable);
    }
    return byScope;
  }

  /** A task's shown variables, the nearest scope first: the task's own, its execution's, its process's. */
  private static List<HalResource<?>> shownVariables(HalTask task, Map<String, List<VariableInstance>> byScope) {
    List<HalResource<?>> values = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String scope : new LinkedHashSet<>(java.util.Arrays.asList(task.getId(), task.getExecutionId(),
        task.getProcessInstanceId()))) {
      for (VariableInstance variable : byScope.getOrDefault(scope, List.of())) {
        if (seen.add(variable.getName())) {
          values.add(HalVariableValue.generateVariableValue(variable, scope));
        }
      }
    }
    return values;
  }

  private static List<TaskDto> dtoList(Collection<Task> tasks) {
    return tasks.stream().map(TaskDto::fromEntity).toList();
  }

  private static boolean acceptsHal(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains(HAL_JSON);
  }

  private static void write(HttpServletResponse response, String contentType, byte[] body) throws IOException {
    response.setStatus(200);
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
