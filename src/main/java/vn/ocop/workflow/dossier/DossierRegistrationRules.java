package vn.ocop.workflow.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.ocop.workflow.common.EngineClock;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;

/** Rules of the registration form (Mẫu 01) beyond what the form declares. */
@Component
class DossierRegistrationRules implements FormRules {

  static final String FORM_ID = "dossierRegistration";
  /** Art. 11.1 QĐ 26/2026/QĐ-TTg. */
  static final LocalDate DECISION_26_IN_FORCE = LocalDate.of(2026, 5, 22);

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
    if ("RE_EVALUATION".equals(type) && !receivedBefore(values, DECISION_26_IN_FORCE)) {
      problems.add("Hồ sơ đánh giá lại nhận từ ngày 22/05/2026 được tiếp nhận trong quy trình của giấy chứng nhận"
          + " («Tiếp nhận hồ sơ đánh giá lại», từ 180 đến 120 ngày trước khi hết hạn, Điều 7 khoản 6 Quyết định"
          + " 26/2026/QĐ-TTg); chỉ hồ sơ nhận trước ngày đó được đăng ký ở đây (Điều 12 khoản 2 điểm b).");
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

  /** The receipt date (today when blank) is before {@code day}; an unreadable date is reported elsewhere. */
  private static boolean receivedBefore(FormValues values, LocalDate day) {
    String text = values.text(EvaluationVariables.RECEIVED_ON);
    try {
      return (text == null || text.isEmpty() ? EngineClock.today() : LocalDate.parse(text)).isBefore(day);
    } catch (DateTimeParseException e) {
      return true;
    }
  }
}
