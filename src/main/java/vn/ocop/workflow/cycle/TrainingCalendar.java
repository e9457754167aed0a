package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * When the cycle's trainings take place (seed 000): training 1 on the business-plan method in May and
 * June, training 2 on carrying the plan out in June and July. {@code ${trainingCalendar.due(1)}} is the
 * end of the next such period: the attendance is due by then.
 */
@Component("trainingCalendar")
public class TrainingCalendar {

  public Date due(int trainingNumber) {
    LocalDate today = EngineClock.today();
    LocalDate end = trainingNumber == 1 ? LocalDate.of(today.getYear(), 6, 30) : LocalDate.of(today.getYear(), 7, 31);
    if (end.isBefore(today)) {
      end = end.plusYears(1);
    }
    return Date.from(end.plusDays(1).atStartOfDay(EngineClock.ZONE).minusSeconds(1).toInstant());
  }
}
