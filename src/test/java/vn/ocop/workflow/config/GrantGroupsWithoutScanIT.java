package vn.ocop.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ocop.workflow.testsupport.SharedPostgresTest;

/**
 * The engine checks authorizations with the user's groups as given ({@link GrantGroupsWithoutScan}), and
 * decides exactly what it decides with the groups narrowed to those holding a row, as Camunda 7.24 narrows
 * them: same tasks, same counts, same single checks, for every demo officer and council member, with a
 * group that holds no row and with a revoke in play.
 */
@SharedPostgresTest
class GrantGroupsWithoutScanIT {

  static final List<String> USERS = List.of("xatamtien", "xadongtam", "huyenyenthe", "tinhbacgiang", "hoidong1",
      "giamsat", "biensoan");
  static final String GROUP_WITHOUT_ROWS = "ocop-test-no-grants";

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired JdbcTemplate jdbc;

  private final List<String> created = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    created.forEach(authorizations::deleteAuthorization);
    created.clear();
    instances.forEach(id -> engine.getRuntimeService().deleteProcessInstanceIfExists(id, "test", false, true, false,
        true));
    instances.clear();
  }

  @Test
  void theEngineOpensOurAuthorizationManager() {
    AuthorizationManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(GrantGroupsWithoutScan.GroupsAsGiven.class);
  }

  @Test
  void everyUserSeesTheSameTasksWithTheirGroupsAsGivenAsWithTheGroupsThatHoldRows() {
    aTaskFor("commune07201");
    aTaskFor("province24");
    for (String user : USERS) {
      assertSameDecisions(user);
    }
  }

  @Test
  void aRevokeOnAGroupIsDecidedAlike() {
    Task task = aTaskFor("commune07201");
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("xadongtam");
    grant.setResource(Resources.TASK);
    grant.setResourceId(task.getId());
    grant.addPermission(Permissions.READ);
    created.add(authorizations.saveAuthorization(grant).getId());
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId("commune07204");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task.getId());
    revoke.removePermission(Permissions.READ);
    created.add(authorizations.saveAuthorization(revoke).getId());

    assertSameDecisions("xadongtam");
    List<String> groups = groupsOf("xadongtam");
    assertThat(authorizations.isUserAuthorized("xadongtam", groups, Permissions.READ, Resources.TASK, task.getId()))
        .as("the user's grant on the task beside a revoke for their commune's group (revokes are not checked: authorization-check-revokes never)")
        .isEqualTo(authorizations.isUserAuthorized("xadongtam", narrowed(groups), Permissions.READ, Resources.TASK,
            task.getId()));
  }

  private void assertSameDecisions(String user) {
    List<String> given = groupsOf(user);
    List<String> narrowed = narrowed(given);
    assertThat(given).as(user + "'s groups include one without rows").contains(GROUP_WITHOUT_ROWS)
        .hasSizeGreaterThan(narrowed.size());

    List<String> seenAsGiven = visibleTaskIds(user, given);
    List<String> seenNarrowed = visibleTaskIds(user, narrowed);
    assertThat(seenAsGiven).as(user + "'s tasks").isEqualTo(seenNarrowed);
    assertThat(countAs(user, given)).as(user + "'s count").isEqualTo(countAs(user, narrowed))
        .isEqualTo(seenAsGiven.size());
    for (String taskId : sampleOfOpenTaskIds()) {
      for (var permission : List.of(Permissions.READ, Permissions.UPDATE)) {
        assertThat(authorizations.isUserAuthorized(user, given, permission, Resources.TASK, taskId))
            .as(user + " " + permission + " task " + taskId)
            .isEqualTo(authorizations.isUserAuthorized(user, narrowed, permission, Resources.TASK, taskId));
      }
    }
  }

  private List<String> groupsOf(String user) {
    List<String> groups = new ArrayList<>(identity.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList());
    groups.add(GROUP_WITHOUT_ROWS);
    return groups;
  }

  /** The groups as Camunda 7.24 narrows them: those with at least one authorization row. */
  private List<String> narrowed(List<String> groups) {
    Set<String> holding = new HashSet<>(jdbc.queryForList(
        "select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION where GROUP_ID_ is not null", String.class));
    return groups.stream().filter(holding::contains).toList();
  }

  private List<String> visibleTaskIds(String user, List<String> groups) {
    identity.setAuthentication(user, groups);
    try {
      return tasks.createTaskQuery().orderByTaskId().asc().list().stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  private long countAs(String user, List<String> groups) {
    identity.setAuthentication(user, groups);
    try {
      return tasks.createTaskQuery().count();
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> sampleOfOpenTaskIds() {
    return jdbc.queryForList("select ID_ from ACT_RU_TASK order by CREATE_TIME_ desc limit 40", String.class);
  }

  /** A task of its own: one-task process whose task has the given candidate group. */
  private Task aTaskFor(String group) {
    var model = Bpmn.createExecutableProcess("Process_GrantGroupsTest")
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Check").camundaCandidateGroups(group)
        .camundaDueDate("${dueDate}").endEvent().done();
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_GrantGroupsTest")
        .count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance("Process_GrantGroupsTest.bpmn", model)
          .deploy();
    }
    String instance = engine.getRuntimeService().startProcessInstanceByKey("Process_GrantGroupsTest",
        Variables.createVariables().putValue("dueDate", new Date())).getId();
    instances.add(instance);
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }
}
