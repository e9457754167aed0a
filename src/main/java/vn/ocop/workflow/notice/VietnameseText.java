package vn.ocop.workflow.notice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Dates as officers and producers read them: dd/MM/yyyy, in the server's zone (Asia/Ho_Chi_Minh). */
final class VietnameseText {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseText() {
  }

  static String date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()).format(DATE);
    }
    if (value instanceof LocalDate date) {
      return date.format(DATE);
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.format(DATE);
    }
    return LocalDate.parse(value.toString().trim().substring(0, 10)).format(DATE);
  }

  /** "Xã Tam Tiến" → "xã Tam Tiến", as it reads after "UBND". */
  static String unitInSentence(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
