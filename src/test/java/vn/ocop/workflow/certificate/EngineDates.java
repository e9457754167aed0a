package vn.ocop.workflow.certificate;

import java.time.LocalDate;
import java.util.Date;
import vn.ocop.workflow.common.EngineClock;

/** Dates as the lifecycle stores them: the start of a day in the server's time zone. */
final class EngineDates {

  private EngineDates() {
  }

  static Date start(LocalDate day) {
    return EngineClock.startOf(day);
  }
}
