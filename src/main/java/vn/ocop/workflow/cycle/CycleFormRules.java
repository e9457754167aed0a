package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.form.FormRules;

/** Rules of the cycle's forms that depend on the officer's choice. */
@Configuration(proxyBeanMethods = false)
class CycleFormRules {

  @Bean
  FormRules screeningCheckRules() {
    return FormRules.of("screeningCheck", (values, problems) -> FormRules.requiredWhenNo(values, problems,
        CycleVariables.FORM_CORRECT, CycleVariables.FORM_DEFECTS, "Khi chưa đạt phải ghi «Các lỗi và cách sửa»."));
  }

  @Bean
  FormRules screeningDistrictRules() {
    return FormRules.of("screeningDistrict", (values, problems) -> {
      FormRules.requiredWhenNo(values, problems, CycleVariables.CONTENT_COMPLETE, CycleVariables.SCREENING_ADVICE,
          "Khi chưa đạt phải ghi «Lý do từ chối và nội dung tư vấn».");
      String resubmitBy = values.text(CycleVariables.RESUBMIT_BY);
      if (resubmitBy != null && !resubmitBy.isEmpty()) {
        try {
          LocalDate date = LocalDate.parse(resubmitBy);
          if (date.isBefore(EngineClock.today()) || date.isAfter(EngineClock.today().plusDays(ResubmissionWindow.DAYS))) {
            problems.add("«Hẹn ngày nộp lại» phải trong vòng 2 tuần kể từ hôm nay.");
          }
        } catch (DateTimeParseException e) {
          problems.add("«Hẹn ngày nộp lại» phải là một ngày có thật, viết ngày/tháng/năm (ví dụ 05/11/2026).");
        }
      }
    });
  }

  @Bean
  FormRules organisationReviewRules() {
    return FormRules.of("organisationReview", (values, problems) -> FormRules.requiredWhenNo(values, problems,
        CycleVariables.ORGANISATION_SUITABLE, CycleVariables.SUITABILITY_REASON,
        "Khi tổ chức chưa phù hợp phải ghi «Nội dung cần tái cơ cấu»."));
  }

  @Bean
  FormRules supportRequestRules() {
    return FormRules.of("supportRequest", (values, problems) -> {
      if (values.isTrue(CycleVariables.SUPPORT_NEEDED)) {
        if (values.isBlank(CycleVariables.SUPPORT_TYPE)) {
          problems.add("«Loại hỗ trợ» là bắt buộc khi có yêu cầu hỗ trợ.");
        }
        if (values.isBlank(CycleVariables.SUPPORT_DESCRIPTION)) {
          problems.add("«Nội dung đề nghị hỗ trợ» là bắt buộc khi có yêu cầu hỗ trợ.");
        }
      }
    });
  }

  @Bean
  FormRules promotionActivityRules() {
    return FormRules.of("promotionActivity", (values, problems) ->
        FormRules.notAfterToday(values, problems, CycleVariables.ACTIVITY_DONE_ON, "Ngày thực hiện", true));
  }

  /** The council's sector is the one of the product's criteria set. */
  @Bean
  FormRules screeningCouncilRules(CriteriaCatalog catalog) {
    return FormRules.of("screeningCouncil", (values, problems) -> SectorMatch.check(catalog, values, problems));
  }

  /** Attendance is recorded after the training: its date is not in the future. */
  @Bean
  FormRules trainingAttendanceRules() {
    return FormRules.of("trainingAttendance", (values, problems) ->
        FormRules.notAfterToday(values, problems, CycleVariables.TRAINING_DATE, "Ngày tập huấn", false));
  }
}
