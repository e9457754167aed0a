package vn.ocop.workflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.access.OcopGroups;

/**
 * The Tasklist filters of each role, brought to their definition below at every start: created when
 * missing, updated when a release changes them, never duplicated (a filter is known by its name), and
 * readable by the role groups listed. Authorizations still decide which tasks a filter shows: an
 * officer sees the tasks of their own unit and those assigned to them, nothing else. Every filter
 * lists the most urgent work first and shows each task's product and producer.
 */
@Component
@Order(40)
class TasklistFilters implements ApplicationRunner {

  static final String UNIT_WORK = "Việc của đơn vị tôi";
  static final String MY_WORK = "Việc tôi đang xử lý";
  static final String DUE_SOON = "Sắp đến hạn";
  static final String OVERDUE = "Quá hạn";
  static final String MY_SCORE_SHEETS = "Phiếu chấm điểm của tôi";
  /** The single filter of earlier releases, replaced by the ones above. */
  static final String RETIRED = "Công việc của tôi";

  /** The council's own tasks: score sheets at evaluation, written opinions at re-evaluation. */
  static final String[] COUNCIL_TASKS = {"Task_ScoreProduct", "Task_GiveWrittenOpinion"};
  static final int DUE_SOON_DAYS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);
  private static final List<String> OFFICERS = List.of(OcopGroups.COMMUNE_OFFICERS, OcopGroups.DISTRICT_OFFICERS,
      OcopGroups.PROVINCE_OFFICERS);
  private static final List<String> TASKLIST_ROLES = List.of(OcopGroups.COMMUNE_OFFICERS, OcopGroups.DISTRICT_OFFICERS,
      OcopGroups.PROVINCE_OFFICERS, OcopGroups.COUNCIL_MEMBERS);
  /** The task variables each filter shows under a task's name in the list. */
  static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", ProductVariables.PRODUCT_NAME, "label", "Sản phẩm"),
      Map.of("name", ProductVariables.PRODUCER_NAME, "label", "Chủ thể"));

  static List<String> shownVariableNames() {
    return SHOWN_VARIABLES.stream().map(variable -> variable.get("name")).toList();
  }

  /**
   * How the inbox ({@link TaskInbox}) reads a filter for its user, the same tasks as the filter's query
   * under the engine's authorizations: an officer may read the tasks offered to one of their groups and
   * those assigned to them, nothing else (the grants the engine gives candidate groups and assignees).
   */
  enum InboxShape {
    /** offered to one of the user's groups, assigned or not */
    UNIT,
    /** assigned to the user */
    ASSIGNED,
    /** assigned to the user, a council's own task */
    COUNCIL_ASSIGNED,
    /** visible to the user, due within {@link #DUE_SOON_DAYS} days */
    DUE_SOON,
    /** visible to the user, past its due date */
    OVERDUE;

    InboxQuery query(String userId, List<String> userGroups, Date now, int firstResult, int maxResults) {
      boolean groups = this != ASSIGNED && this != COUNCIL_ASSIGNED;
      boolean assigned = this != UNIT;
      Date dueAfter = this == DUE_SOON ? now : null;
      Date dueBefore = switch (this) {
        case DUE_SOON -> new Date(now.getTime() + Duration.ofDays(DUE_SOON_DAYS).toMillis());
        case OVERDUE -> now;
        default -> null;
      };
      return new InboxQuery(groups ? userGroups : List.of(), assigned ? userId : null, dueAfter, dueBefore,
          this == COUNCIL_ASSIGNED ? List.of(COUNCIL_TASKS) : null, firstResult, maxResults);
    }
  }

  record Definition(String name, String description, int priority, String color, TaskQuery query, List<String> groups,
      InboxShape inbox) {
  }

  private final FilterService filterService;
  /** The application's filters by id, known once they are set up at start. */
  private volatile Map<String, Definition> ours = Map.of();
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  List<Definition> definitions() {
    return List.of(
        new Definition(MY_SCORE_SHEETS, "Phiếu chấm điểm và ý kiến bằng văn bản Hội đồng giao cho tôi",
            5, "#3c763d", urgentFirst(taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}").taskDefinitionKeyIn(COUNCIL_TASKS)),
            List.of(OcopGroups.COUNCIL_MEMBERS), InboxShape.COUNCIL_ASSIGNED),
        new Definition(UNIT_WORK, "Công việc giao cho đơn vị tôi, kể cả việc đồng nghiệp đã nhận",
            10, "#555555", urgentFirst(taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
            OFFICERS, InboxShape.UNIT),
        new Definition(MY_WORK, "Công việc tôi đã nhận hoặc được giao cho tôi",
            20, "#31708f", urgentFirst(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
            TASKLIST_ROLES, InboxShape.ASSIGNED),
        new Definition(DUE_SOON, "Công việc đến hạn xử lý trong " + DUE_SOON_DAYS + " ngày tới",
            30, "#8a6d3b", urgentFirst(taskService.createTaskQuery()
                .dueAfterExpression("${now()}")
                .dueBeforeExpression("${dateTime().plusDays(" + DUE_SOON_DAYS + ").toDate()}")),
            TASKLIST_ROLES, InboxShape.DUE_SOON),
        new Definition(OVERDUE, "Công việc đã quá hạn xử lý",
            40, "#b5152b", urgentFirst(taskService.createTaskQuery().dueBeforeExpression("${now()}")),
            TASKLIST_ROLES, InboxShape.OVERDUE));
  }

  private static TaskQuery urgentFirst(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  static Map<String, Object> properties(Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", SHOWN_VARIABLES);
    return properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    retire(RETIRED);
    Map<String, Definition> byId = new LinkedHashMap<>();
    for (Definition definition : definitions()) {
      Filter filter = ensure(definition);
      for (String group : definition.groups()) {
        ensureRead(filter, group);
      }
      byId.put(filter.getId(), definition);
    }
    ours = Map.copyOf(byId);
  }

  /** The application's filter with this id, as this node set it up at start. */
  Optional<Definition> ours(String filterId) {
    return Optional.ofNullable(ours.get(filterId));
  }

  private Filter ensure(Definition definition) {
    List<Filter> existing = ourFilters(definition.name());
    Filter filter = existing.isEmpty() ? filterService.newTaskFilter(definition.name()) : existing.get(0);
    existing.stream().skip(1).forEach(duplicate -> filterService.deleteFilter(duplicate.getId()));
    filter.setQuery(definition.query());
    filter.setProperties(properties(definition));
    return filterService.saveFilter(filter);
  }

  /** Filters of this name that the application created (no owner); a user's own filters stay untouched. */
  private List<Filter> ourFilters(String name) {
    return filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).filterName(name).orderByFilterId().asc()
        .list().stream().filter(filter -> filter.getOwner() == null).toList();
  }

  private void retire(String name) {
    for (Filter filter : ourFilters(name)) {
      filterService.deleteFilter(filter.getId());
      LOG.info("Removed the Tasklist filter '{}' of an earlier release", name);
    }
  }

  private void ensureRead(Filter filter, String group) {
    Authorization grant = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.FILTER).resourceId(filter.getId()).groupIdIn(group).singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filter.getId());
    } else if (grant.isPermissionGranted(Permissions.READ)) {
      return;
    }
    grant.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(grant);
  }
}
