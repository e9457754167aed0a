package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.evaluation.CouncilMembers;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;

/** Rules of the certificate lifecycle's forms that depend on the officer's choice or on the certificate's dates. */
@Configuration(proxyBeanMethods = false)
class LifecycleFormRules {

  @Bean
  FormRules reEvaluationDossierRules() {
    return FormRules.of("reEvaluationDossier", (values, problems) -> {
      if (!values.isTrue(RE_EVALUATION_REQUESTED)) {
        return;
      }
      FormRules.notAfterToday(values, problems, RE_EVALUATION_RECEIVED_ON, "Ngày xã nhận hồ sơ", true);
      LocalDate received = date(values, RE_EVALUATION_RECEIVED_ON);
      if (received != null && values.get(RE_EVALUATION_WINDOW_OPENS) instanceof Date opens
          && received.isBefore(EngineClock.dateOf(opens))) {
        problems.add("Hồ sơ đánh giá lại nộp không sớm hơn 180 ngày trước khi giấy chứng nhận hết hạn ("
            + values.text(RE_EVALUATION_WINDOW_TEXT) + ").");
      }
      if (values.isBlank(COMMUNE_ASSESSMENT)) {
        problems.add("Khi nhận hồ sơ phải có «Đánh giá của xã».");
      }
    });
  }

  @Bean
  FormRules reEvaluationCheckRules() {
    return FormRules.of("reEvaluationCheck", (values, problems) -> {
      FormRules.requiredWhenNo(values, problems, RE_EVALUATION_DOSSIER_COMPLETE, "provinceReturnReason",
          "Khi yêu cầu hoàn thiện phải ghi «Nội dung cần hoàn thiện».");
      if (values.isTrue(RE_EVALUATION_DOSSIER_COMPLETE)) {
        FormRules.notAfterToday(values, problems, DOSSIER_COMPLETE_ON, "Ngày nhận đủ hồ sơ", true);
        LocalDate complete = date(values, DOSSIER_COMPLETE_ON);
        LocalDate received = date(values, RE_EVALUATION_RECEIVED_ON);
        if (complete != null && received != null && complete.isBefore(received)) {
          problems.add("«Ngày nhận đủ hồ sơ» không được trước ngày xã nhận hồ sơ.");
        }
        CouncilMembers.check(values, problems);
      }
    });
  }

  @Bean
  FormRules expiryNoticeRules() {
    return FormRules.of("expiryNotice", (values, problems) ->
        FormRules.notAfterToday(values, problems, NOTIFIED_ON, "Ngày đã báo cho chủ thể", true));
  }

  @Bean
  FormRules postInspectionRules() {
    return FormRules.of("postInspection", (values, problems) -> {
      FormRules.notAfterToday(values, problems, INSPECTION_DATE, "Ngày kiểm tra", true);
      if (values.isTrue(REVOCATION_GROUND_FOUND)) {
        if (RevocationGround.find(values.text(REVOCATION_GROUND)).isEmpty()) {
          problems.add("Khi có căn cứ thu hồi phải chọn «Căn cứ thu hồi» (một trong sáu căn cứ của Điều 8).");
        }
        FormRules.notAfterToday(values, problems, CONCLUSION_DATE, "Ngày có kết luận", true);
      }
    });
  }

  @Bean
  FormRules revocationDecisionRules() {
    return FormRules.of("revocationDecision", (values, problems) -> {
      if (values.isTrue(CERTIFICATE_REVOKED)) {
        if (values.isBlank(REVOCATION_DECISION_NUMBER)) {
          problems.add("Khi thu hồi phải ghi «Số quyết định thu hồi».");
        }
        FormRules.notAfterToday(values, problems, REVOCATION_DATE, "Ngày ban hành quyết định", true);
        LocalDate decided = date(values, REVOCATION_DATE);
        LocalDate conclusion = date(values, CONCLUSION_DATE);
        if (decided != null && conclusion != null && decided.isBefore(conclusion)) {
          problems.add("«Ngày ban hành quyết định» không được trước ngày có kết luận.");
        }
      }
      FormRules.requiredWhenNo(values, problems, CERTIFICATE_REVOKED, REVOCATION_NOTE,
          "Khi không thu hồi phải ghi «Lý do không thu hồi».");
    });
  }

  /** A date field's value, or {@code null} when empty or not a date (the schema's check reports that). */
  private static LocalDate date(FormValues values, String field) {
    String text = values.text(field);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
