package vn.ocop.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.tasklist.TasklistFilters.InboxShape;

/** Which tasks each filter asks the inbox for: the same as the filter's query under the engine's grants. */
class InboxShapeTest {

  private static final Date NOW = new Date(1_800_000_000_000L);
  private static final List<String> GROUPS = List.of("communeOfficers", "commune07201");

  @Test
  void unitWorkIsWhatIsOfferedToTheUsersGroupsAssignedOrNot() {
    InboxQuery query = InboxShape.UNIT.query("xatamtien", GROUPS, NOW, 0, 15);
    assertThat(query.groups()).isEqualTo(GROUPS);
    assertThat(query.assignee()).isNull();
    assertThat(query.dueAfter()).isNull();
    assertThat(query.dueBefore()).isNull();
    assertThat(query.taskKeys()).isNull();
  }

  @Test
  void myWorkIsWhatIsAssignedToTheUserWhateverTheGroup() {
    InboxQuery query = InboxShape.ASSIGNED.query("xatamtien", GROUPS, NOW, 15, 15);
    assertThat(query.groups()).isEmpty();
    assertThat(query.assignee()).isEqualTo("xatamtien");
    assertThat(query.firstResult()).isEqualTo(15);
  }

  @Test
  void theCouncilsSheetsAreTheMembersOwnScoreSheetsAndWrittenOpinions() {
    InboxQuery query = InboxShape.COUNCIL_ASSIGNED.query("hoidong1", List.of("councilMembers"), NOW, 0, 15);
    assertThat(query.groups()).isEmpty();
    assertThat(query.assignee()).isEqualTo("hoidong1");
    assertThat(query.taskKeys()).containsExactly("Task_ScoreProduct", "Task_GiveWrittenOpinion");
  }

  @Test
  void dueSoonIsEverythingVisibleDueAfterNowAndWithinThreeDays() {
    InboxQuery query = InboxShape.DUE_SOON.query("xatamtien", GROUPS, NOW, 0, 15);
    assertThat(query.groups()).isEqualTo(GROUPS);
    assertThat(query.assignee()).isEqualTo("xatamtien");
    assertThat(query.dueAfter()).isEqualTo(NOW);
    assertThat(query.dueBefore()).isEqualTo(new Date(NOW.getTime() + Duration.ofDays(3).toMillis()));
  }

  @Test
  void overdueIsEverythingVisibleDueBeforeNow() {
    InboxQuery query = InboxShape.OVERDUE.query("xatamtien", GROUPS, NOW, 0, 15);
    assertThat(query.groups()).isEqualTo(GROUPS);
    assertThat(query.assignee()).isEqualTo("xatamtien");
    assertThat(query.dueAfter()).isNull();
    assertThat(query.dueBefore()).isEqualTo(NOW);
  }

  @Test
  void aQueryWithoutGroupOrAssigneeSelectsNothingAndAPageCannotStartBeforeTheFirstTask() {
    assertThat(InboxShape.UNIT.query("nobody", List.of(), NOW, 0, 15).selectsNothing()).isTrue();
    assertThatThrownBy(() -> new InboxQuery(GROUPS, null, null, null, null, -1, 15))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InboxQuery(GROUPS, null, null, null, null, 1, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
