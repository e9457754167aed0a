package vn.ocop.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.dashboard.DashboardMapper.UnitCount;

class TaskRulesTest {

  static UnitCount unit(String group, long overdue, long dueSoon, long units) {
    return new UnitCount(group, overdue, dueSoon, units);
  }

  static final UnitCount NO_COUNCIL_WORK = unit("", 0, 0, 1);

  @Test
  void unitsWithTheMostOverdueWorkComeFirstThenTheMostDueSoon() {
    List<UnitCount> shown = TaskRules.mostOverdueFirst(List.of(unit("commune1", 5, 0, 4), unit("commune2", 2, 9, 4),
        unit("commune3", 2, 1, 4), unit("district1", 0, 7, 4)), NO_COUNCIL_WORK, 30);
    assertThat(shown).extracting(UnitCount::groupId).containsExactly("commune1", "commune2", "commune3", "district1");
  }

  @Test
  void theCouncilMembersOwnTasksTakeTheirPlaceAmongTheUnitsWithinTheLimit() {
    List<UnitCount> shown = TaskRules.mostOverdueFirst(List.of(unit("commune1", 5, 0, 40), unit("commune2", 2, 0, 40)),
        unit("", 3, 0, 1), 2);
    assertThat(shown).extracting(UnitCount::groupId).containsExactly("commune1", "");
  }

  @Test
  void councilMembersWithoutDueWorkAreNotAUnitWithWork() {
    List<UnitCount> units = List.of(unit("commune1", 1, 0, 3));
    assertThat(TaskRules.mostOverdueFirst(units, NO_COUNCIL_WORK, 30)).extracting(UnitCount::groupId)
        .containsExactly("commune1");
    assertThat(TaskRules.unitsWithWork(units, NO_COUNCIL_WORK)).isEqualTo(3);
    assertThat(TaskRules.unitsWithWork(units, unit("", 0, 2, 1))).isEqualTo(4);
    assertThat(TaskRules.unitsWithWork(List.of(), NO_COUNCIL_WORK)).isZero();
  }

  @Test
  void theTitleSaysWhenTheExportHoldsUnitsThePageDoesNotShow() {
    assertThat(TaskRules.unitsTitle(30, 3110)).isEqualTo("Việc quá hạn và sắp đến hạn: 30 đơn vị nhiều việc quá hạn "
        + "nhất trong 3.110 đơn vị có việc đến hạn (bản Excel có đủ mọi đơn vị và bước)");
    assertThat(TaskRules.unitsTitle(2, 2))
        .isEqualTo("Việc quá hạn và sắp đến hạn theo đơn vị (2 đơn vị), nhiều việc quá hạn nhất trước");
  }
}
