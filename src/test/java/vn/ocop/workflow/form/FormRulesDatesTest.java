package vn.ocop.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates whose order the law or the cycle fixes: the later one may not come first. */
class FormRulesDatesTest {

  static List<String> problems(Map<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    FormRules.notBefore(new FormValues(variables::get), problems, "recognitionDate", "Ngày ban hành quyết định",
        "receivedOn", "ngày xã tiếp nhận hồ sơ");
    return problems;
  }

  @Test
  void aDecisionBeforeTheDossierWasReceivedIsRefusedWithBothDatesDayFirst() {
    assertThat(problems(Map.of("recognitionDate", "2026-12-05", "receivedOn", "2026-12-20")))
        .containsExactly("«Ngày ban hành quyết định» (05/12/2026) không được trước ngày xã tiếp nhận hồ sơ (20/12/2026).");
  }

  @Test
  void aDecisionOnTheDayOfReceiptOrLaterPasses() {
    assertThat(problems(Map.of("recognitionDate", "2026-12-20", "receivedOn", "2026-12-20"))).isEmpty();
    assertThat(problems(Map.of("recognitionDate", "2027-01-02", "receivedOn", "2026-12-20"))).isEmpty();
  }

  @Test
  void withoutEitherDateThereIsNothingToCompare() {
    assertThat(problems(Map.of("recognitionDate", "2026-12-05"))).isEmpty();
    assertThat(problems(Map.of("receivedOn", "2026-12-20"))).isEmpty();
    assertThat(problems(Map.of("recognitionDate", "05/12/2026", "receivedOn", "2026-12-20"))).isEmpty();
  }
}
