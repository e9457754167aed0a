package vn.ocop.workflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.identity.OcopGroups;

/**
 * The Tasklist filter every officer and council member starts with: all tasks the user may see, most
 * urgent first. Authorizations narrow it to the tasks of the user's own unit and those assigned to
 * them, so one filter serves every role.
 */
@Component
@Order(40)
class TasklistFilters implements ApplicationRunner {

  static final String MY_WORK = "Công việc của tôi";
  private static final String[] USERS_OF_TASKLIST = {OcopGroups.COMMUNE_OFFICERS, OcopGroups.DISTRICT_OFFICERS,
      OcopGroups.PROVINCE_OFFICERS, OcopGroups.COUNCIL_MEMBERS};

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    Filter filter = filterService.createFilterQuery().filterName(MY_WORK).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(MY_WORK)
          .setQuery(taskService.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().asc())
          .setProperties(Map.of(
              "description", "Các công việc của đơn vị tôi và được giao cho tôi, việc đến hạn trước ở trên",
              "priority", -10,
              "refresh", true));
      filterService.saveFilter(filter);
    }
    for (String group : USERS_OF_TASKLIST) {
      if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
          .groupIdIn(group).count() == 0) {
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
      }
    }
  }
}
