package vn.ocop.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier;
import static vn.ocop.workflow.tasklist.TasklistFilters.DUE_SOON;
import static vn.ocop.workflow.tasklist.TasklistFilters.MY_SCORE_SHEETS;
import static vn.ocop.workflow.tasklist.TasklistFilters.MY_WORK;
import static vn.ocop.workflow.tasklist.TasklistFilters.OVERDUE;
import static vn.ocop.workflow.tasklist.TasklistFilters.RETIRED;
import static vn.ocop.workflow.tasklist.TasklistFilters.UNIT_WORK;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Tasklist filters of each role, created at start-up (demo profile, H2), under each demo user's own
 * login: which filters a role sees, and which tasks each filter lists for whom.
 */
@SpringBootTest
class TasklistFiltersTest {

  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired TaskInbox inbox;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  void logIn(String user) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
  }

  List<String> filtersOf(String user) {
    logIn(user);
    try {
      return filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The application's filter of this name (it has no owner). */
  Filter filter(String name) {
    List<Filter> ours = ours(name);
    assertThat(ours).as(name).hasSize(1);
    return ours.get(0);
  }

  List<Filter> ours(String name) {
    return filterService.createFilterQuery().filterName(name).list().stream().filter(f -> f.getOwner() == null).toList();
  }

  /** The ids of the tasks a filter lists for a user, in the filter's order. */
  List<String> listed(String filterName, String user) {
    Filter filter = filter(filterName);
    logIn(user);
    try {
      return filterService.<Task>list(filter.getId()).stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A dossier registered at Xã Tam Tiến (commune 07201); returns its commune review task. */
  Task communeReviewOfANewDossier() {
    String pi = runtimeService.startProcessInstanceByKey("productEvaluation", aDossier().build()).getId();
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_CommuneReview").singleResult();
  }

  static Date inDays(double days) {
    return Date.from(Instant.now().plus(Duration.ofMinutes(Math.round(days * 24 * 60))));
  }

  /** The ids of the tasks the inbox lists for a user in a filter (what Tasklist's call is answered with). */
  List<String> inInbox(String filterName, String user) {
    TasklistFilters.Definition definition = tasklistFilters.definitions().stream()
        .filter(d -> d.name().equals(filterName)).findFirst().orElseThrow();
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return inbox.page(definition.inbox().query(user, groups, new Date(), 0, 1000));
  }

  @Test
  void onH2TooTheInboxListsForEveryRoleAndFilterWhatTheEngineLists() {
    Task claimed = communeReviewOfANewDossier();
    taskService.claim(claimed.getId(), "xatamtien");
    taskService.setDueDate(communeReviewOfANewDossier().getId(), inDays(1));
    taskService.setDueDate(communeReviewOfANewDossier().getId(), inDays(-2));
    assertThat(inbox.synchronize().total()).as("the task events kept the inbox equal to the engine").isZero();
    for (String user : List.of("xatamtien", "xadongtam", "huyenyenthe", "tinhbacgiang", "hoidong1")) {
      for (String name : List.of(UNIT_WORK, MY_WORK, DUE_SOON, OVERDUE, MY_SCORE_SHEETS)) {
        if (filtersOf(user).contains(name)) {
          assertThat(inInbox(name, user)).as(user + " in " + name).isEqualTo(listed(name, user));
        }
      }
    }
    assertThat(inInbox(MY_WORK, "xatamtien")).contains(claimed.getId());
    assertThat(inInbox(OVERDUE, "xatamtien")).isNotEmpty();
  }

  @Test
  void officersFindTheirUnitsWorkTheirOwnWorkAndTheDeadlines() {
    for (String officer : List.of("xatamtien", "huyenyenthe", "tinhbacgiang")) {
      assertThat(filtersOf(officer)).as(officer).containsExactlyInAnyOrder(UNIT_WORK, MY_WORK, DUE_SOON, OVERDUE);
    }
  }

  @Test
  void councilMembersFindTheirScoreSheetsTheirOwnWorkAndTheDeadlines() {
    assertThat(filtersOf("hoidong1")).containsExactlyInAnyOrder(MY_SCORE_SHEETS, MY_WORK, DUE_SOON, OVERDUE);
  }

  @Test
  void supervisorsAndPolicyEditorsWorkInCockpitAndHaveNoFilter() {
    assertThat(filtersOf("giamsat")).isEmpty();
    assertThat(filtersOf("biensoan")).isEmpty();
  }

  @Test
  void theFirstFilterOfEachRoleIsItsOwnWork() {
    assertThat(priority(MY_SCORE_SHEETS)).isLessThan(priority(MY_WORK));
    assertThat(priority(UNIT_WORK)).isLessThan(priority(MY_WORK));
    assertThat(priority(MY_WORK)).isLessThan(priority(DUE_SOON));
    assertThat(priority(DUE_SOON)).isLessThan(priority(OVERDUE));
  }

  int priority(String name) {
    return (Integer) filter(name).getProperties().get("priority");
  }

  @Test
  void everyFilterShowsEachTasksProductAndProducer() {
    for (String name : List.of(UNIT_WORK, MY_WORK, DUE_SOON, OVERDUE, MY_SCORE_SHEETS)) {
      Map<String, Object> properties = filter(name).getProperties();
      assertThat(properties.get("variables")).as(name).isEqualTo(List.of(
          Map.of("name", "productName", "label", "Sản phẩm"), Map.of("name", "producerName", "label", "Chủ thể")));
      assertThat(properties).as(name).containsEntry("refresh", true).containsKeys("description", "priority");
    }
  }

  @Test
  void theUnitsFilterListsItsTasksAlsoOnceClaimedAndNothingOfAnotherUnit() {
    Task review = communeReviewOfANewDossier();
    assertThat(listed(UNIT_WORK, "xatamtien")).contains(review.getId());
    assertThat(listed(UNIT_WORK, "xadongtam")).doesNotContain(review.getId());
    assertThat(listed(UNIT_WORK, "huyenyenthe")).doesNotContain(review.getId());
    assertThat(listed(MY_WORK, "xatamtien")).doesNotContain(review.getId());

    taskService.claim(review.getId(), "xatamtien");

    assertThat(listed(UNIT_WORK, "xatamtien")).contains(review.getId());
    assertThat(listed(MY_WORK, "xatamtien")).contains(review.getId());
    assertThat(listed(MY_WORK, "xadongtam")).doesNotContain(review.getId());
  }

  @Test
  void aTaskDueWithinThreeDaysIsDueSoonAndOnePastItsDueDateIsOverdue() {
    Task review = communeReviewOfANewDossier();
    taskService.setDueDate(review.getId(), inDays(2));
    assertThat(listed(DUE_SOON, "xatamtien")).contains(review.getId());
    assertThat(listed(OVERDUE, "xatamtien")).doesNotContain(review.getId());
    assertThat(listed(DUE_SOON, "xadongtam")).doesNotContain(review.getId());

    taskService.setDueDate(review.getId(), inDays(-0.5));
    assertThat(listed(OVERDUE, "xatamtien")).contains(review.getId());
    assertThat(listed(DUE_SOON, "xatamtien")).doesNotContain(review.getId());
    assertThat(listed(OVERDUE, "xadongtam")).doesNotContain(review.getId());

    taskService.setDueDate(review.getId(), inDays(4));
    assertThat(listed(DUE_SOON, "xatamtien")).doesNotContain(review.getId());
    assertThat(listed(OVERDUE, "xatamtien")).doesNotContain(review.getId());
  }

  @Test
  void filtersListTheEarliestDueDateFirst() {
    Task later = communeReviewOfANewDossier();
    Task sooner = communeReviewOfANewDossier();
    taskService.setDueDate(later.getId(), inDays(2.5));
    taskService.setDueDate(sooner.getId(), inDays(1));
    List<String> dueSoon = listed(DUE_SOON, "xatamtien");
    assertThat(dueSoon).containsSubsequence(sooner.getId(), later.getId());
    List<String> unitWork = listed(UNIT_WORK, "xatamtien");
    assertThat(unitWork).containsSubsequence(sooner.getId(), later.getId());
  }

  @Test
  void aCouncilMembersScoreSheetFilterListsTheirOwnSheetsOnly() {
    Task review = communeReviewOfANewDossier();
    String pi = review.getProcessInstanceId();
    taskService.complete(review.getId(), Variables.createVariables().putValue("dossierComplete", "true")
        .putValue("localOriginAssessment", "Gà đồi nuôi tại xã").putValue("localLabourAssessment", "12 lao động địa phương")
        .putValue("ideaOriginAssessment", "Ý tưởng của HTX").putValue("localIdentityAssessment", "Công thức truyền thống"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Variables.createVariables().putValue("provinceDossierComplete", "true"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ConveneCouncil")
        .singleResult().getId(), Variables.createVariables()
        .putValueTyped("councilMembers", SpinValues.jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\",\"hoidong4\"]").create())
        .putValue("councilChair", "hoidong1"));
    String sheetOfMember1 = taskService.createTaskQuery().processInstanceId(pi).taskAssignee("hoidong1").singleResult().getId();

    assertThat(listed(MY_SCORE_SHEETS, "hoidong1")).contains(sheetOfMember1);
    assertThat(listed(MY_WORK, "hoidong1")).contains(sheetOfMember1);
    assertThat(listed(MY_SCORE_SHEETS, "hoidong2")).doesNotContain(sheetOfMember1);
    assertThatThrownBy(() -> listed(MY_SCORE_SHEETS, "tinhbacgiang")).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aRestartLeavesOneFilterOfEachNameRemovesTheOldBaselineAndKeepsUsersOwnFilters() {
    filterService.saveFilter(filterService.newTaskFilter(RETIRED).setQuery(taskService.createTaskQuery()));
    filterService.saveFilter(filterService.newTaskFilter(OVERDUE).setQuery(taskService.createTaskQuery()));
    Filter usersOwn = filterService.saveFilter(
        filterService.newTaskFilter(OVERDUE).setOwner("xatamtien").setQuery(taskService.createTaskQuery()));
    try {
      tasklistFilters.run(null);
      tasklistFilters.run(null);

      for (String name : List.of(UNIT_WORK, MY_WORK, DUE_SOON, OVERDUE, MY_SCORE_SHEETS)) {
        assertThat(ours(name)).as(name).hasSize(1);
      }
      assertThat(filterService.createFilterQuery().filterName(RETIRED).count()).isZero();
      assertThat(filterService.getFilter(usersOwn.getId())).isNotNull();
      assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
          .resourceId(filter(OVERDUE).getId()).groupIdIn("communeOfficers").hasPermission(Permissions.READ).count())
          .isEqualTo(1);
    } finally {
      filterService.deleteFilter(usersOwn.getId());
    }
  }
}
