package vn.ocop.workflow.common;

import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Reminders before a deadline, as Tasklist's follow-up date of a task:
 * {@code camunda:followUpDate="${reminders.daysBefore(roundDeadline, 30)}"}. A reminder that would fall
 * in the past falls on today instead.
 */
@Component("reminders")
public class Reminders {

  public Date daysBefore(Date deadline, int days) {
    ZoneId zone = EngineClock.ZONE;
    Date reminder = Date.from(deadline.toInstant().atZone(zone).minusDays(days).toInstant());
    Date now = EngineClock.now();
    return reminder.before(now) ? now : reminder;
  }
}
