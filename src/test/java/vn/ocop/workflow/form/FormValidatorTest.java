package vn.ocop.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server's check of a submission against its Camunda Form, without an engine: the form's own rules
 * (required, options, lengths, dates) and then the form's extra rules, every problem in Vietnamese.
 */
class FormValidatorTest {

  static final FormCatalog CATALOG = new FormCatalog();
  final FormValidator validator = new FormValidator(CATALOG, List.of(FormRules.of("screeningCheck",
      (values, problems) -> FormRules.requiredWhenNo(values, problems, "formCorrect", "formDefects",
          "Khi chưa đạt phải ghi «Các lỗi và cách sửa»."))));

  final Map<String, Object> submission = new HashMap<>(Map.of("attended", "true", "trainingDate", "2026-06-15",
      "attendeeName", "Trần Văn Hải"));

  @Test
  void aCompleteSubmissionPasses() {
    validator.validate("trainingAttendance", submission::get);
  }

  @Test
  void aMissingRequiredAnswerIsRefused() {
    submission.remove("attended");
    assertThatThrownBy(() -> validator.validate("trainingAttendance", submission::get))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("bắt buộc");
  }

  @Test
  void anAnswerThatIsNotOneOfTheFormsOptionsIsRefused() {
    submission.put("attended", "maybe");
    assertThatThrownBy(() -> validator.validate("trainingAttendance", submission::get))
        .isInstanceOf(FormValidationException.class);
  }

  @Test
  void aTextLongerThanTheFormAllowsAndAnInvalidDateAreBothReported() {
    submission.put("attendeeName", "x".repeat(201));
    submission.put("trainingDate", "15/06/2026x");
    assertThatThrownBy(() -> validator.validate("trainingAttendance", submission::get))
        .isInstanceOfSatisfying(FormValidationException.class,
            refused -> assertThat(refused.getMessage()).contains("200"));
  }

  @Test
  void theFormsOwnRulesApplyAfterItsSchema() {
    Map<String, Object> check = new HashMap<>(Map.of("formCorrect", "false"));
    assertThatThrownBy(() -> validator.validate("screeningCheck", check::get))
        .hasMessageContaining("Các lỗi và cách sửa");
    check.put("formDefects", "Thiếu chữ ký của chủ thể.");
    validator.validate("screeningCheck", check::get);
  }

  @Test
  void yesNoChoicesBecomeBooleansForTheGateways() {
    assertThat(validator.booleans("trainingAttendance", submission::get)).containsEntry("attended", true);
    assertThat(validator.booleans("screeningCheck", Map.<String, Object>of("formCorrect", "false")::get))
        .containsEntry("formCorrect", false);
  }
}
