package vn.ocop.workflow.document;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;
import vn.ocop.workflow.product.ProductVariables;

/**
 * A missing required document blocks the step that needs it (QĐ 26/2026/QĐ-TTg Art. 7.2 a: the commune
 * checks the dossier's composition before it proposes the product; Art. 7.3 a: the province checks it again,
 * with the commune's proposal and Mẫu 03 of Art. 6.2). Only a decision to go on is blocked: returning the
 * dossier for a supplement never is. {@code ocop.documents.required-at-steps: false} switches the rule off
 * (an installation that still receives paper dossiers only).
 */
@Configuration(proxyBeanMethods = false)
class DocumentFormRules {

  @Bean
  FormRules communeReviewDocuments(Documents documents,
      @Value("${ocop.documents.required-at-steps:true}") boolean enforced) {
    return FormRules.of("communeReview", (values, problems) -> {
      if (enforced && values.isTrue("dossierComplete")) {
        missing(documents, values, false, problems);
      }
    });
  }

  @Bean
  FormRules provinceCheckDocuments(Documents documents,
      @Value("${ocop.documents.required-at-steps:true}") boolean enforced) {
    return FormRules.of("provinceCheck", (values, problems) -> {
      if (enforced && values.isTrue("provinceDossierComplete")) {
        missing(documents, values, true, problems);
      }
    });
  }

  static void missing(Documents documents, FormValues values, boolean withCommuneProposal, List<String> problems) {
    Object productId = values.get(ProductVariables.PRODUCT_ID);
    if (!(productId instanceof Number id)) {
      return;
    }
    List<String> missing = documents.missing(id.longValue(), withCommuneProposal);
    if (!missing.isEmpty()) {
      problems.add("Hồ sơ còn thiếu tài liệu bắt buộc: " + String.join("; ", missing)
          + ". Hãy tải lên ở thẻ «Hồ sơ» trước khi chuyển bước.");
    }
  }
}
