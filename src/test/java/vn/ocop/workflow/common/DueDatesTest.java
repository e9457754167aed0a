package vn.ocop.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Due dates end a day in Vietnam, whatever the time zone of the server. */
class DueDatesTest {

  final DueDates dueDates = new DueDates();
  TimeZone serverZone;

  @BeforeEach
  void serverInUtc() {
    serverZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    // Friday 4 December 2026, 20:00 in Vietnam (13:00 UTC)
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T13:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    TimeZone.setDefault(serverZone);
  }

  static String inVietnam(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), EngineClock.ZONE).toLocalDateTime().toString();
  }

  @Test
  void aDueDateInDaysIsTheEndOfThatDayInVietnamNotInUtc() {
    assertThat(inVietnam(dueDates.days(1))).isEqualTo("2026-12-05T23:59:59");
    assertThat(dueDates.days(1).toInstant()).isEqualTo(Instant.parse("2026-12-05T16:59:59Z"));
  }

  @Test
  void workingDaysSkipTheWeekend() {
    // Friday + 1 working day = Monday 7 December
    assertThat(inVietnam(dueDates.workingDays(1))).isEqualTo("2026-12-07T23:59:59");
    assertThat(inVietnam(dueDates.workingDays(5))).isEqualTo("2026-12-11T23:59:59");
  }

  @Test
  void todayIsVietnamsTodayLateInTheEveningUtc() {
    // 18:30 UTC on 4 December is already 5 December in Vietnam
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T18:30:00Z")));
    assertThat(inVietnam(dueDates.days(0))).isEqualTo("2026-12-05T23:59:59");
  }

  @Test
  void anEarlierDeadlineWins() {
    Date roundEnds = Date.from(Instant.parse("2026-12-07T03:00:00Z"));
    assertThat(inVietnam(dueDates.daysWithin(7, roundEnds))).isEqualTo("2026-12-07T23:59:59");
    assertThat(inVietnam(dueDates.daysWithin(2, roundEnds))).isEqualTo("2026-12-06T23:59:59");
    assertThat(inVietnam(dueDates.daysWithin(2, null))).isEqualTo("2026-12-06T23:59:59");
  }

  @Test
  void aDateFromTheLawEndsAtMidnightInVietnam() {
    Date legal = Date.from(Instant.parse("2026-12-31T17:30:00Z")); // 1 January 2027, 00:30 in Vietnam
    assertThat(inVietnam(dueDates.endOfDay(legal))).isEqualTo("2027-01-01T23:59:59");
  }
}
