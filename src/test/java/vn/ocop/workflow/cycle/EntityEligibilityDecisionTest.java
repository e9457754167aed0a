package vn.ocop.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.cycle.CycleDecisions.evaluate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision entityEligibility: who may take part in the OCOP programme (Decision 26/2026/QĐ-TTg Art. 2.3), with a
 * Vietnamese reason for the producer. smeSize is an ordinary input, evaluated beforehand by decision smeSize.
 */
class EntityEligibilityDecisionTest {

  static final List<String> ENTITY_TYPES = List.of("HTX", "THT", "SME", "FARM", "HOUSEHOLD", "ASSOCIATION", "OTHER");
  static final List<String> SME_SIZES = Arrays.asList("MICRO", "SMALL", "MEDIUM", "NONE", null);
  static final List<Boolean> REGISTRATIONS = Arrays.asList(true, false, null);
  static final List<String> PRODUCT_GROUPS =
      Arrays.asList("FOOD", "DRINKS", "HERBAL", "HANDICRAFT", "ORNAMENTAL", "TOURISM", null);

  /** Letters only Vietnamese spells with: the reason is written for the producer, in Vietnamese. */
  static final Pattern VIETNAMESE = Pattern.compile(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static DmnDecisionResult checking(String entityType, String smeSize, Boolean hasBusinessRegistration,
      String productGroup) {
    return evaluate("entityEligibility", "entityType", entityType, "smeSize", smeSize,
        "hasBusinessRegistration", hasBusinessRegistration, "productGroup", productGroup);
  }

  private static Map<String, Object> outcomeOf(String entityType, String smeSize, Boolean hasBusinessRegistration,
      String productGroup) {
    DmnDecisionResult result = checking(entityType, smeSize, hasBusinessRegistration, productGroup);
    assertThat(result.getResultList())
        .as("%s, size %s, registered %s, group %s", entityType, smeSize, hasBusinessRegistration, productGroup)
        .hasSize(1);
    Map<String, Object> outcome = result.getSingleResult().getEntryMap();
    assertThat(outcome.get("eligible")).as("eligible").isInstanceOf(Boolean.class);
    assertClearVietnameseReason((Boolean) outcome.get("eligible"), (String) outcome.get("reason"));
    return outcome;
  }

  /** The reason is Vietnamese and ends by saying, in the producer's words, which way the decision went. */
  private static void assertClearVietnameseReason(boolean eligible, String reason) {
    assertThat(reason).as("reason").isNotBlank().matches(VIETNAMESE);
    if (eligible) {
      assertThat(reason).endsWith(": đủ điều kiện tham gia.");
    } else {
      assertThat(reason).endsWith(": chưa đủ điều kiện tham gia.");
    }
  }

  @ParameterizedTest(name = "{0}, size {1}, registered {2}, group {3} → eligible {4}: …{5}…")
  @CsvSource(delimiter = '|', value = {
      "HTX         |        | true  | FOOD       | true  | Hợp tác xã: đủ",
      "HTX         | NONE   | true  | TOURISM    | true  | Hợp tác xã: đủ",
      "HTX         |        | false | FOOD       | true  | Hợp tác xã: đủ",
      "HTX         |        |       | FOOD       | true  | Hợp tác xã: đủ",
      "THT         |        | true  | DRINKS     | true  | Tổ hợp tác: đủ",
      "THT         |        | false | DRINKS     | true  | Tổ hợp tác: đủ",
      "THT         |        |       | DRINKS     | true  | Tổ hợp tác: đủ",
      "SME         | MICRO  | true  | HERBAL     | true  | Doanh nghiệp nhỏ và vừa",
      "SME         | SMALL  | true  | HERBAL     | true  | Doanh nghiệp nhỏ và vừa",
      "SME         | MEDIUM | true  | HERBAL     | true  | Doanh nghiệp nhỏ và vừa",
      "SME         | SMALL  | false | FOOD       | true  | Doanh nghiệp nhỏ và vừa",
      "SME         | MEDIUM |       | FOOD       | true  | Doanh nghiệp nhỏ và vừa",
      "SME         | NONE   | true  | HERBAL     | false | Doanh nghiệp không thuộc loại nhỏ và vừa (Nghị định 80/2021/NĐ-CP)",
      "SME         | NONE   | false | TOURISM    | false | Doanh nghiệp không thuộc loại nhỏ và vừa (Nghị định 80/2021/NĐ-CP)",
      "SME         |        | true  | HERBAL     | false | Nghị định 80/2021/NĐ-CP",
      "SME         |        |       |            | false | Nghị định 80/2021/NĐ-CP",
      "HOUSEHOLD   |        | true  | HANDICRAFT | true  | Hộ sản xuất có đăng ký kinh doanh",
      "HOUSEHOLD   |        | false | HANDICRAFT | false | Hộ sản xuất chưa có đăng ký kinh doanh",
      "HOUSEHOLD   |        |       | HANDICRAFT | false | Hộ sản xuất chưa có đăng ký kinh doanh",
      "FARM        |        | true  | ORNAMENTAL | true  | Trang trại có đăng ký kinh doanh",
      "FARM        |        | false | ORNAMENTAL | false | Trang trại chưa có đăng ký kinh doanh",
      "FARM        |        |       | ORNAMENTAL | false | Trang trại chưa có đăng ký kinh doanh",
      "ASSOCIATION |        | true  | TOURISM    | true  | du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
      "ASSOCIATION |        | false | TOURISM    | true  | du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
      "ASSOCIATION |        | true  | FOOD       | false | chỉ được tham gia với sản phẩm dịch vụ du lịch",
      "ASSOCIATION |        | true  | DRINKS     | false | chỉ được tham gia với sản phẩm dịch vụ du lịch",
      "ASSOCIATION |        | true  | HERBAL     | false | chỉ được tham gia với sản phẩm dịch vụ du lịch",
      "ASSOCIATION |        | true  | HANDICRAFT | false | chỉ được tham gia với sản phẩm dịch vụ du lịch",
      "ASSOCIATION |        | true  | ORNAMENTAL | false | chỉ được tham gia với sản phẩm dịch vụ du lịch",
      "ASSOCIATION |        | true  |            | false | chỉ được tham gia với sản phẩm dịch vụ du lịch",
      "OTHER       |        | true  | TOURISM    | false | không thuộc đối tượng của Chương trình OCOP",
      "OTHER       | SMALL  | true  | FOOD       | false | không thuộc đối tượng của Chương trình OCOP",
      "OTHER       |        | false | FOOD       | false | không thuộc đối tượng của Chương trình OCOP",
      "OTHER       |        |       |            | false | không thuộc đối tượng của Chương trình OCOP",
  })
  void eachEntityTypeIsEligibleOnlyUnderItsOwnConditionAndIsToldWhy(String entityType, String smeSize,
      Boolean hasBusinessRegistration, String productGroup, boolean eligible, String reasonFragment) {
    Map<String, Object> outcome = outcomeOf(entityType, smeSize, hasBusinessRegistration, productGroup);
    assertThat(outcome.get("eligible")).isEqualTo(eligible);
    assertThat((String) outcome.get("reason")).contains(reasonFragment);
  }

  /** Art. 2.3 QĐ 26/2026/QĐ-TTg: "có đăng ký kinh doanh" qualifies farms and households, not cooperatives. */
  @Test
  void aCooperativeOrCooperativeGroupIsEligibleAsSuchWithoutTheBusinessRegistrationBox() {
    assertThat(outcomeOf("HTX", null, null, "FOOD"))
        .containsEntry("eligible", true).containsEntry("reason", "Hợp tác xã: đủ điều kiện tham gia.");
    assertThat(outcomeOf("THT", null, false, "FOOD")).containsEntry("eligible", true);
    assertThat(outcomeOf("HOUSEHOLD", null, false, "FOOD")).containsEntry("eligible", false);
    assertThat(outcomeOf("FARM", null, null, "FOOD")).containsEntry("eligible", false);
  }

  @Test
  void aFirmAboveTheMediumLimitsIsToldItIsNotAnSmeUnderDecree80() {
    assertThat(outcomeOf("SME", "NONE", true, "FOOD")).containsEntry("eligible", false).containsEntry("reason",
        "Doanh nghiệp không thuộc loại nhỏ và vừa (Nghị định 80/2021/NĐ-CP): chưa đủ điều kiện tham gia.");
  }

  @Test
  void aFirmWithoutASizeIsToldTheSizeCouldNotBeDetermined() {
    Map<String, Object> outcome = outcomeOf("SME", null, true, "FOOD");
    assertThat(outcome).containsEntry("eligible", false);
    assertThat((String) outcome.get("reason")).startsWith("Chưa xác định được").contains("Nghị định 80/2021/NĐ-CP");
  }

  /** Decision 26/2026/QĐ-TTg Art. 2.3, restated independently of the table. */
  private static boolean eligibleByLaw(String entityType, String smeSize, Boolean registered, String productGroup) {
    return switch (entityType) {
      case "HTX", "THT" -> true;
      case "HOUSEHOLD", "FARM" -> Boolean.TRUE.equals(registered);
      case "SME" -> smeSize != null && List.of("MICRO", "SMALL", "MEDIUM").contains(smeSize);
      case "ASSOCIATION" -> "TOURISM".equals(productGroup);
      default -> false;
    };
  }

  @Test
  void everyCombinationOfAKnownEntityTypeHasExactlyOneOutcomeAsTheDecisionSays() {
    int combinations = 0;
    for (String entityType : ENTITY_TYPES) {
      for (String smeSize : SME_SIZES) {
        for (Boolean registered : REGISTRATIONS) {
          for (String productGroup : PRODUCT_GROUPS) {
            Map<String, Object> outcome = outcomeOf(entityType, smeSize, registered, productGroup);
            assertThat(outcome.get("eligible"))
                .as("%s, size %s, registered %s, group %s", entityType, smeSize, registered, productGroup)
                .isEqualTo(eligibleByLaw(entityType, smeSize, registered, productGroup));
            combinations++;
          }
        }
      }
    }
    assertThat(combinations).isEqualTo(7 * 5 * 3 * 7);
  }

  @Test
  void aMissingOrUnknownEntityTypeMatchesNoRule() {
    for (String entityType : Arrays.asList(null, "", "htx", "COOPERATIVE", "ENTERPRISE")) {
      for (Boolean registered : REGISTRATIONS) {
        assertThat(checking(entityType, "SMALL", registered, "TOURISM").getResultList()).as("entity type %s", entityType)
            .isEmpty();
      }
    }
    assertThat(evaluate("entityEligibility").getResultList()).as("no variables at all").isEmpty();
  }

  @Test
  void aCooperativeNeedsNoSizeVariableAtAll() {
    DmnDecisionResult result = evaluate("entityEligibility", "entityType", "HTX", "hasBusinessRegistration", true,
        "productGroup", "FOOD");
    assertThat(result.getSingleResult().getEntryMap()).containsEntry("eligible", true);
  }

  @Test
  void theSizeFromDecisionSmeSizeDecidesAFirmsEligibility() {
    String small = evaluate("smeSize", "sector", "AGRICULTURE_INDUSTRY_CONSTRUCTION", "insuredEmployees", 25,
        "annualRevenueBillionVnd", 12.5, "totalCapitalBillionVnd", 30).getSingleEntry();
    assertThat(outcomeOf("SME", small, true, "FOOD")).containsEntry("eligible", true);

    String large = evaluate("smeSize", "sector", "TRADE_SERVICES", "insuredEmployees", 101,
        "annualRevenueBillionVnd", 12.5, "totalCapitalBillionVnd", 30).getSingleEntry();
    assertThat(large).isEqualTo("NONE");
    assertThat(outcomeOf("SME", large, true, "FOOD")).containsEntry("eligible", false);

    String unknown = evaluate("smeSize", "sector", "TRADE_SERVICES", "insuredEmployees", -1,
        "annualRevenueBillionVnd", 1.0, "totalCapitalBillionVnd", 1.0).getSingleEntry();
    assertThat(unknown).isNull();
    assertThat(outcomeOf("SME", unknown, true, "FOOD")).containsEntry("eligible", false);
  }

  @Test
  void smeSizeIsAnOrdinaryInputNotAnInformationRequirement() {
    assertThat(CycleDecisions.informationRequirements("entityEligibility")).isEmpty();
    assertThat(CycleDecisions.description("entityEligibility")).contains("smeSize", "information requirement");
  }

  @Test
  void theTableIsDocumentedForCamundaModeler() {
    CycleDecisions.assertDocumentedForModeler("entityEligibility", "QĐ 26/2026/QĐ-TTg");
  }
}
