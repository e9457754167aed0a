package vn.ocop.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule and boundary of dmn/ocopEligibility.dmn: smeSize (Decree 80/2021) and entityEligibility (Decision 26/2026, Art. 2). */
class EligibilityDecisionsTest {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Map<String, DmnDecision> DECISIONS = parse();
  private static final String AGRI = "AGRICULTURE_INDUSTRY_CONSTRUCTION";
  private static final String TRADE = "TRADE_SERVICES";

  private static Map<String, DmnDecision> parse() {
    try (InputStream in = EligibilityDecisionsTest.class.getClassLoader().getResourceAsStream("dmn/ocopEligibility.dmn")) {
      return ENGINE.parseDecisions(in).stream().collect(java.util.stream.Collectors.toMap(DmnDecision::getKey, d -> d));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static DmnDecisionResult evaluate(String decision, Object... nameValues) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < nameValues.length; i += 2) {
      variables.putValue((String) nameValues[i], nameValues[i + 1]);
    }
    return ENGINE.evaluateDecision(DECISIONS.get(decision), variables);
  }

  private static String size(String sector, Integer employees, Double revenue, Double capital) {
    DmnDecisionResult result = evaluate("smeSize", "sector", sector, "insuredEmployees", employees,
        "annualRevenueBillionVnd", revenue, "totalCapitalBillionVnd", capital);
    return result.isEmpty() ? null : result.getSingleResult().getEntry("smeSize");
  }

  /** For each size and sector: employees at the limit and one above, revenue at and just above, capital likewise. */
  @ParameterizedTest(name = "{0} {1}: L={2} R={3} K={4}")
  @CsvSource({
      "MICRO, AGRICULTURE_INDUSTRY_CONSTRUCTION, 10, 3, 3, SMALL",
      "SMALL, AGRICULTURE_INDUSTRY_CONSTRUCTION, 100, 50, 20, MEDIUM",
      "MEDIUM, AGRICULTURE_INDUSTRY_CONSTRUCTION, 200, 200, 100, NONE",
      "MICRO, TRADE_SERVICES, 10, 10, 3, SMALL",
      "SMALL, TRADE_SERVICES, 50, 100, 50, MEDIUM",
      "MEDIUM, TRADE_SERVICES, 100, 300, 100, NONE"})
  void eachSizeHoldsUpToItsLimitsOfLabourAndRevenueOrCapital(String size, String sector, int labour, double revenue,
      double capital, String larger) {
    double far = 100000;
    assertThat(size(sector, labour, revenue, far)).as("revenue at its limit").isEqualTo(size);
    assertThat(size(sector, labour, far, capital)).as("capital at its limit, revenue above").isEqualTo(size);
    assertThat(size(sector, labour, revenue + 0.001, capital + 0.001)).as("both above").isNotEqualTo(size);
    assertThat(size(sector, labour + 1, revenue, capital)).as("one more worker").isNotEqualTo(size);
    if (!"NONE".equals(larger)) {
      assertThat(size(sector, labour + 1, revenue, capital)).isEqualTo(larger);
    }
  }

  @Test
  void aFirmAboveEveryMediumLimitIsNotAnSme() {
    assertThat(size(AGRI, 201, 500.0, 500.0)).isEqualTo("NONE");
    assertThat(size(TRADE, 90, 301.0, 101.0)).isEqualTo("NONE");
    assertThat(size(TRADE, 101, 1.0, 1.0)).isEqualTo("NONE");
  }

  @Test
  void theSmallestFirmIsMicro() {
    assertThat(size(AGRI, 0, 0.0, 0.0)).isEqualTo("MICRO");
    assertThat(size(TRADE, 0, 0.0, 0.0)).isEqualTo("MICRO");
  }

  @Test
  void negativeOrMissingFiguresAndUnknownSectorsMatchNoRule() {
    assertThat(size(AGRI, -1, 1.0, 1.0)).isNull();
    assertThat(size(AGRI, 5, -0.5, 1.0)).isNull();
    assertThat(size(AGRI, 5, 1.0, -0.5)).isNull();
    assertThat(size(AGRI, null, 1.0, 1.0)).isNull();
    assertThat(size(AGRI, 5, null, null)).isNull();
    assertThat(size("FISHING", 5, 1.0, 1.0)).isNull();
    assertThat(size(null, 5, 1.0, 1.0)).isNull();
  }

  private static Map<String, Object> eligibility(String entityType, String smeSize, Boolean registered, String group) {
    DmnDecisionResult result = evaluate("entityEligibility", "entityType", entityType, "smeSize", smeSize,
        "hasBusinessRegistration", registered, "productGroup", group);
    return result.isEmpty() ? null : result.getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "{0} size={1} registered={2} group={3} → {4}")
  @CsvSource({
      "HTX, , true, FOOD, true",
      "HTX, , false, FOOD, false",
      "HTX, , , FOOD, false",
      "THT, , true, DRINKS, true",
      "THT, , false, DRINKS, false",
      "SME, MICRO, false, FOOD, true",
      "SME, SMALL, true, HERBAL, true",
      "SME, MEDIUM, true, HANDICRAFT, true",
      "SME, NONE, true, FOOD, false",
      "SME, , true, FOOD, false",
      "HOUSEHOLD, , true, FOOD, true",
      "HOUSEHOLD, , false, FOOD, false",
      "FARM, , true, ORNAMENTAL, true",
      "FARM, , false, ORNAMENTAL, false",
      "ASSOCIATION, , true, TOURISM, true",
      "ASSOCIATION, , true, FOOD, false",
      "OTHER, , true, FOOD, false",
      "OTHER, , true, TOURISM, false"})
  void eachKindOfProducerIsEligibleOnlyOnItsLegalConditionAndIsToldWhy(String type, String size, Boolean registered,
      String group, boolean eligible) {
    Map<String, Object> result = eligibility(type, size, registered, group);
    assertThat(result).isNotNull();
    assertThat(result.get("eligible")).isEqualTo(eligible);
    assertThat((String) result.get("reason")).isNotBlank().containsAnyOf("đủ điều kiện", "đăng ký", "chỉ được tham gia",
        "không thuộc đối tượng");
  }

  @Test
  void anUnknownKindOfProducerMatchesNoRule() {
    assertThat(eligibility(null, null, true, "FOOD")).isNull();
    assertThat(eligibility("COMPANY", null, true, "FOOD")).isNull();
  }

  @Test
  void reasonsAreVietnameseAndDistinctForEveryRefusal() {
    List<String> reasons = List.of(
        (String) eligibility("HTX", null, false, "FOOD").get("reason"),
        (String) eligibility("SME", "NONE", true, "FOOD").get("reason"),
        (String) eligibility("HOUSEHOLD", null, false, "FOOD").get("reason"),
        (String) eligibility("ASSOCIATION", null, true, "FOOD").get("reason"),
        (String) eligibility("OTHER", null, true, "FOOD").get("reason"));
    assertThat(reasons).doesNotHaveDuplicates().allMatch(r -> r.matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*"));
  }
}
