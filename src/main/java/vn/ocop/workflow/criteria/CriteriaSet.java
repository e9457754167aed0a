package vn.ocop.workflow.criteria;

import java.util.List;
import java.util.stream.Stream;

/** One of the 26 product sets of Decision 26/2026/QĐ-TTg, Appendix II, with its criteria sheet. */
public record CriteriaSet(int number, String name, String product, String group, String disqualifiedWhen,
    List<Part> parts, List<String> notes) {

  /** Part A, B or C of the sheet. */
  public record Part(String code, String name, int points, List<Section> sections) {
  }

  public record Section(String number, String name, int points, List<Criterion> criteria) {
  }

  /** A criterion: one choice among options worth fixed points. */
  public record Criterion(String code, String name, int points, String requirement, String note,
      List<Option> options) {

    /** The form field key of this criterion inside the score sheet, e.g. {@code c1_1} for 1.1. */
    public String fieldKey() {
      return "c" + code.replace('.', '_');
    }
  }

  /**
   * @param minForStars 3, 4 or 5 when the sheet marks this option as the minimum for that rank
   *                    (*** / **** / *****), otherwise {@code null}
   */
  public record Option(String code, String text, int points, Integer minForStars) {
  }

  public Stream<Criterion> criteria() {
    return parts.stream().flatMap(p -> p.sections().stream()).flatMap(s -> s.criteria().stream());
  }

  /** The id of the generated Camunda Form that scores this set, e.g. {@code scoreSheet08}. */
  public String formId() {
    return String.format("scoreSheet%02d", number);
  }

  /** "8. Chế biến từ thịt, …": how officers name the set. */
  public String title() {
    return number + ". " + name;
  }
}
