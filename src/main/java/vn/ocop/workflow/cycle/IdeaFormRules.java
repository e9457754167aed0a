package vn.ocop.workflow.cycle;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;

/** An SME states its sector, insured workers, revenue and capital (for its size); the date is not in the future. */
@Component
class IdeaFormRules implements FormRules {

  static final String FORM_ID = "ideaForm";

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(FormValues values, List<String> problems) {
    if ("SME".equals(values.text("producerType"))) {
      for (String[] field : new String[][] {
          {CycleVariables.SECTOR, "Lĩnh vực hoạt động"},
          {CycleVariables.INSURED_EMPLOYEES, "Số lao động tham gia bảo hiểm xã hội"},
          {CycleVariables.ANNUAL_REVENUE, "Doanh thu năm (tỷ đồng)"},
          {CycleVariables.TOTAL_CAPITAL, "Tổng nguồn vốn (tỷ đồng)"}}) {
        if (values.isBlank(field[0])) {
          problems.add("Doanh nghiệp phải khai «" + field[1] + "» để xác định quy mô nhỏ và vừa.");
        }
      }
    }
    FormRules.notAfterToday(values, problems, "receivedOn", "Ngày xã tiếp nhận phiếu", false);
  }
}
