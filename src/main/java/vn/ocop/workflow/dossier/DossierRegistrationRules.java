package vn.ocop.workflow.dossier;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;

/** Rules of the registration form (Mẫu 01) beyond what the form declares. */
@Component
class DossierRegistrationRules implements FormRules {

  static final String FORM_ID = "dossierRegistration";

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(FormValues values, List<String> problems) {
    String type = values.text(EvaluationVariables.DOSSIER_TYPE);
    if (!"FIRST".equals(type) && values.isBlank(ProductVariables.PRODUCT_CODE)) {
      problems.add("«Mã sản phẩm OCOP» là bắt buộc với hồ sơ nâng hạng hoặc đánh giá lại.");
    }
    if ("SME".equals(values.text(ProductVariables.PRODUCER_TYPE))) {
      for (String[] field : new String[][] {
          {RegistrationEligibility.SECTOR, "Lĩnh vực hoạt động"},
          {RegistrationEligibility.INSURED_EMPLOYEES, "Số lao động tham gia bảo hiểm xã hội"},
          {RegistrationEligibility.ANNUAL_REVENUE, "Doanh thu năm (tỷ đồng)"},
          {RegistrationEligibility.TOTAL_CAPITAL, "Tổng nguồn vốn (tỷ đồng)"}}) {
        if (values.isBlank(field[0])) {
          problems.add("Doanh nghiệp phải khai «" + field[1] + "» để xác định quy mô nhỏ và vừa (Nghị định 80/2021/NĐ-CP).");
        }
      }
    }
    FormRules.notAfterToday(values, problems, EvaluationVariables.RECEIVED_ON, "Ngày xã tiếp nhận hồ sơ", false);
  }
}
