package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * The seeds' rule for a rejected idea or plan: it may be improved and submitted again within two weeks,
 * or else it waits for the same time next year. {@code ${resubmissionWindow.deadline(resubmitBy)}}: the
 * date the district set, when it set one within those two weeks, else two weeks from today.
 */
@Component("resubmissionWindow")
public class ResubmissionWindow {

  static final int DAYS = 14;

  public Date deadline(Object resubmitBy) {
    LocalDate latest = EngineClock.today().plusDays(DAYS);
    LocalDate chosen = latest;
    if (resubmitBy != null && !resubmitBy.toString().isBlank()) {
      LocalDate asked = LocalDate.parse(resubmitBy.toString().trim());
      if (!asked.isBefore(EngineClock.today()) && asked.isBefore(latest)) {
        chosen = asked;
      }
    }
    return endOf(chosen);
  }

  /** The same day next year, when the next cycle receives ideas and plans again. */
  public Date nextCycle() {
    return Date.from(EngineClock.today().plusYears(1).atStartOfDay(EngineClock.ZONE).toInstant());
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(EngineClock.ZONE).minusSeconds(1).toInstant());
  }
}
