package vn.ocop.workflow.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.ocop.workflow.dashboard.DashboardMapper.UnitCount;

/** Which units the tasks panel shows, in which order, and what its title tells the supervisor. */
final class TaskRules {

  static final Comparator<UnitCount> MOST_OVERDUE_FIRST = Comparator.comparingLong(UnitCount::overdue).reversed()
      .thenComparing(Comparator.comparingLong(UnitCount::dueSoon).reversed())
      .thenComparing(UnitCount::groupId);

  /**
   * The units with the most overdue work, then the most due soon: the first {@code limit} of the units'
   * (already that many at most, in that order) with the council members' own tasks among them if they have any.
   */
  static List<UnitCount> mostOverdueFirst(List<UnitCount> units, UnitCount councilMembers, int limit) {
    List<UnitCount> all = new ArrayList<>(units);
    if (hasWork(councilMembers)) {
      all.add(councilMembers);
    }
    all.sort(MOST_OVERDUE_FIRST);
    return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
  }

  /** How many units have due work: the units' count (each row carries it) and the council members if any. */
  static long unitsWithWork(List<UnitCount> units, UnitCount councilMembers) {
    return (units.isEmpty() ? 0 : units.get(0).units()) + (hasWork(councilMembers) ? 1 : 0);
  }

  static String unitsTitle(int shown, long withWork) {
    NumberFormat number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    if (shown < withWork) {
      return "Việc quá hạn và sắp đến hạn: " + number.format(shown) + " đơn vị nhiều việc quá hạn nhất trong "
          + number.format(withWork) + " đơn vị có việc đến hạn (bản Excel có đủ mọi đơn vị và bước)";
    }
    return "Việc quá hạn và sắp đến hạn theo đơn vị (" + number.format(withWork) + " đơn vị), nhiều việc quá hạn nhất trước";
  }

  private static boolean hasWork(UnitCount unit) {
    return unit != null && unit.overdue() + unit.dueSoon() > 0;
  }

  private TaskRules() {
  }
}
