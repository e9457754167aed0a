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
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static LocalDateTime dateTime() {
    return LocalDateTime.ofInstant(now().toInstant(), ZoneId.systemDefault());
  }

  public static LocalDate today() {
    return dateTime().toLocalDate();
  }

  /** The start of {@code date} in this server's time zone, as timers and due dates take it. */
  public static Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  public static LocalDate dateOf(Date date) {
    return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
