package vn.ocop.workflow.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Legal deadlines in working days ("ngày làm việc"), for due dates in the models:
 * {@code camunda:dueDate="${workingDays.after(submissionDate, 15)}"}. Saturdays and Sundays are not
 * working days; public holidays are not modelled yet, so a deadline over Tết comes out early.
 */
@Component("workingDays")
public class WorkingDays {

  /** The end (in Vietnam) of the {@code days}-th working day after {@code start}. */
  public Date after(Date start, int days) {
    return EngineClock.endOf(after(EngineClock.dateOf(start), days));
  }

  static LocalDate after(LocalDate start, int days) {
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return date;
  }
}
