package vn.ocop.workflow.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock: the time timers fire by. It is the system clock in production; tests move it to
 * drive timers (certificate expiry, re-evaluation windows), and dates checked on the server must follow
 * the same clock. The one use of an engine {@code impl} class in our code: a move to a fork changes this
 * import only.
 *
 * <p>Days and deadlines are those of Vietnam: {@link #ZONE} whatever the server's own time zone (a
 * server in UTC would otherwise end a day at 06:59 the next morning in Vietnam).
 */
public final class EngineClock {

  /** The programme's time zone: every "today", every end of day and every due date is in it. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private EngineClock() {
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static LocalDateTime dateTime() {
    return LocalDateTime.ofInstant(now().toInstant(), ZONE);
  }

  public static LocalDate today() {
    return dateTime().toLocalDate();
  }

  /** The start of {@code date} in Vietnam, as timers and due dates take it. */
  public static Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(ZONE).toInstant());
  }

  /** The last second (23:59:59) of {@code date} in Vietnam: a due date "by the end of that day". */
  public static Date endOf(LocalDate date) {
    return Date.from(date.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
  }

  public static LocalDate dateOf(Date date) {
    return date.toInstant().atZone(ZONE).toLocalDate();
  }
}
