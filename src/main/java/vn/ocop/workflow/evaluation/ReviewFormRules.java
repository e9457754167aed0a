package vn.ocop.workflow.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.form.FormRules;

/** Rules of the review and decision forms that depend on the officer's choice. */
@Configuration(proxyBeanMethods = false)
class ReviewFormRules {

  @Bean
  FormRules communeReviewRules() {
    return FormRules.of("communeReview", (values, problems) -> {
      FormRules.requiredWhenNo(values, problems, "dossierComplete", "returnReason",
          "Khi trả hồ sơ phải ghi «Lý do trả hồ sơ và nội dung cần bổ sung».");
      if (values.isTrue("dossierComplete")) {
        for (String[] content : new String[][] {
            {"localOriginAssessment", "Nguồn gốc sản phẩm, nguyên liệu địa phương"},
            {"localLabourAssessment", "Sử dụng lao động địa phương"},
            {"ideaOriginAssessment", "Nguồn gốc ý tưởng sản phẩm"},
            {"localIdentityAssessment", "Bản sắc, trí tuệ địa phương"}}) {
          if (values.isBlank(content[0])) {
            problems.add("Khi đề nghị đánh giá phải có nhận xét về «" + content[1] + "».");
          }
        }
      }
    });
  }

  @Bean
  FormRules provinceCheckRules() {
    return FormRules.of("provinceCheck", (values, problems) -> {
      FormRules.requiredWhenNo(values, problems, "provinceDossierComplete", "provinceReturnReason",
          "Khi yêu cầu hoàn thiện phải ghi «Nội dung cần hoàn thiện».");
    });
  }

  @Bean
  FormRules recognitionDecisionRules() {
    return FormRules.of("recognitionDecision", (values, problems) -> {
      FormRules.notAfterToday(values, problems, "recognitionDate", "Ngày ban hành quyết định", true);
      // the dossier first (QĐ 26/2026 Art. 7: the decision follows the evaluation of a received dossier)
      FormRules.notBefore(values, problems, "recognitionDate", "Ngày ban hành quyết định",
          EvaluationVariables.RECEIVED_ON, "ngày xã tiếp nhận hồ sơ");
      FormRules.notBefore(values, problems, "recognitionDate", "Ngày ban hành quyết định",
          "reEvaluationReceivedOn", "ngày xã nhận hồ sơ đánh giá lại");
    });
  }

}
