package vn.ocop.workflow.common;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks, always the end of a day in Vietnam (23:59:59 Asia/Ho_Chi_Minh) by the
 * engine's clock: {@code camunda:dueDate="${dueDates.workingDays(5)}"}. A task whose deadline is in the
 * law or the seeds uses that deadline; every other task has a documented default (bpmn/README.md,
 * "Due dates"), so that "Sắp đến hạn" and "Quá hạn" in Tasklist see all the work.
 */
@Component("dueDates")
public class DueDates {

  /** The end of the {@code days}-th working day after today (Saturdays and Sundays are not counted). */
  public Date workingDays(int days) {
    return EngineClock.endOf(WorkingDays.after(EngineClock.today(), days));
  }

  /** The end of the {@code days}-th calendar day after today. */
  public Date days(int days) {
    return EngineClock.endOf(EngineClock.today().plusDays(days));
  }

  /**
   * The end of the {@code days}-th calendar day after today, but not after {@code deadline} (a round's
   * end, say) when that comes first. Without a deadline: the {@code days}-th day.
   */
  public Date daysWithin(int days, Date deadline) {
    Date due = days(days);
    if (deadline == null) {
      return due;
    }
    Date end = endOfDay(deadline);
    return end.before(due) ? end : due;
  }

  /** The end, in Vietnam, of the day {@code date} falls on. */
  public Date endOfDay(Date date) {
    LocalDate day = EngineClock.dateOf(date);
    return EngineClock.endOf(day);
  }
}
