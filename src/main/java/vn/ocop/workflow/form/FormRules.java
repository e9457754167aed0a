package vn.ocop.workflow.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiConsumer;
import vn.ocop.workflow.common.EngineClock;

/**
 * Rules of one form that its schema cannot express (one field required depending on another, a document
 * the step needs). Beans, one or more per form (each feature its own); {@link FormValidator} applies them all
 * after the schema's own rules.
 */
public interface FormRules {

  String formId();

  /** Adds a Vietnamese message to {@code problems} for every rule the submission breaks. */
  void check(FormValues values, List<String> problems);

  /** Rules of form {@code formId} given as a lambda. */
  static FormRules of(String formId, BiConsumer<FormValues, List<String>> check) {
    return new FormRules() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public void check(FormValues values, List<String> problems) {
        check.accept(values, problems);
      }
    };
  }

  /**
   * A rule that the date in {@code field}, when given (or always, if {@code required}), is a valid date
   * and not after today (by the engine's clock).
   */
  static void notAfterToday(FormValues values, List<String> problems, String field, String label, boolean required) {
    String text = values.text(field);
    if (text == null || text.isEmpty()) {
      if (required) {
        problems.add("«" + label + "» phải là một ngày có thật, viết ngày/tháng/năm (ví dụ 05/11/2026).");
      }
      return;
    }
    try {
      if (LocalDate.parse(text).isAfter(EngineClock.today())) {
        problems.add("«" + label + "» không được sau ngày hôm nay.");
      }
    } catch (DateTimeParseException e) {
      problems.add("«" + label + "» phải là một ngày có thật, viết ngày/tháng/năm (ví dụ 05/11/2026).");
    }
  }

  /** Dates in messages to officers: day first. */
  DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * A rule that the date in {@code field}, when given, is not before the date in {@code earlierField}
   * (a decision not before the dossier was received, say). Either date empty or not a date: nothing to
   * compare (the schema's own check reports a date that is no date).
   */
  static void notBefore(FormValues values, List<String> problems, String field, String label, String earlierField,
      String earlierLabel) {
    LocalDate date = parsedDate(values.text(field));
    LocalDate earlier = parsedDate(values.text(earlierField));
    if (date != null && earlier != null && date.isBefore(earlier)) {
      problems.add("«" + label + "» (" + date.format(DAY_FIRST) + ") không được trước " + earlierLabel + " ("
          + earlier.format(DAY_FIRST) + ").");
    }
  }

  private static LocalDate parsedDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A rule that {@code field} is required when the yes/no choice {@code choice} is "no". */
  static void requiredWhenNo(FormValues values, List<String> problems, String choice, String field, String message) {
    if (values.isFalse(choice) && values.isBlank(field)) {
      problems.add(message);
    }
  }
}
