package vn.ocop.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.cycle.CycleDecisions.evaluate;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision smeSize: Decree 80/2021/NĐ-CP Art. 5. A size applies when insured employees ≤ L and (revenue ≤ R or
 * capital ≤ K), limits inclusive; agriculture/industry/construction (AIC) and trade/services (TS) have their own limits.
 */
class SmeSizeDecisionTest {

  private static final String AIC = "AGRICULTURE_INDUSTRY_CONSTRUCTION";
  private static final String TS = "TRADE_SERVICES";

  private static DmnDecisionResult sizing(String sector, Object insuredEmployees, Object annualRevenue, Object totalCapital) {
    return evaluate("smeSize", "sector", sector, "insuredEmployees", insuredEmployees,
        "annualRevenueBillionVnd", annualRevenue, "totalCapitalBillionVnd", totalCapital);
  }

  private static String sizeOf(String sector, Object insuredEmployees, Object annualRevenue, Object totalCapital) {
    DmnDecisionResult result = sizing(sector, insuredEmployees, annualRevenue, totalCapital);
    assertThat(result.getResultList())
        .as("%s, %s employees, revenue %s, capital %s", sector, insuredEmployees, annualRevenue, totalCapital).hasSize(1);
    return result.getSingleEntry();
  }

  private static String sector(String shortName) {
    return shortName.equals("AIC") ? AIC : TS;
  }

  @ParameterizedTest(name = "{0}: {1} insured employees → {2} on both the revenue and the capital branch")
  @CsvSource({
      "AIC, 0,   MICRO", "AIC, 10,  MICRO", "AIC, 11,  SMALL", "AIC, 100, SMALL", "AIC, 101, MEDIUM",
      "AIC, 200, MEDIUM", "AIC, 201, NONE", "AIC, 5000, NONE",
      "TS,  0,   MICRO", "TS,  10,  MICRO", "TS,  11,  SMALL", "TS,  50,  SMALL", "TS,  51,  MEDIUM",
      "TS,  100, MEDIUM", "TS,  101, NONE", "TS,  5000, NONE",
  })
  void eachSizeIncludesItsWorkforceLimitAndOneMoreWorkerMovesTheFirmUp(String sector, int employees, String size) {
    assertThat(sizeOf(sector(sector), employees, 0.0, 100000.0)).as("revenue branch").isEqualTo(size);
    assertThat(sizeOf(sector(sector), employees, 100000.0, 0.0)).as("capital branch").isEqualTo(size);
  }

  @ParameterizedTest(name = "{0}: {1} employees, revenue {2}, capital {3} (above its limit) → {4}")
  @CsvSource({
      "AIC, 10,  3,       3.001,   MICRO", "AIC, 10,  3.001,   3.001,   SMALL",
      "AIC, 100, 50,      20.001,  SMALL", "AIC, 100, 50.001,  20.001,  MEDIUM",
      "AIC, 200, 200,     100.001, MEDIUM", "AIC, 200, 200.001, 100.001, NONE",
      "TS,  10,  10,      3.001,   MICRO", "TS,  10,  10.001,  3.001,   SMALL",
      "TS,  50,  100,     50.001,  SMALL", "TS,  50,  100.001, 50.001,  MEDIUM",
      "TS,  100, 300,     100.001, MEDIUM", "TS,  100, 300.001, 100.001, NONE",
  })
  void revenueUpToTheLimitIsEnoughWhenCapitalIsAboveIt(String sector, int employees, double revenue, double capital,
      String size) {
    assertThat(sizeOf(sector(sector), employees, revenue, capital)).isEqualTo(size);
  }

  @ParameterizedTest(name = "{0}: {1} employees, revenue {2} (above its limit), capital {3} → {4}")
  @CsvSource({
      "AIC, 10,  3.001,   3,       MICRO", "AIC, 10,  3.001,   3.001,   SMALL",
      "AIC, 100, 50.001,  20,      SMALL", "AIC, 100, 50.001,  20.001,  MEDIUM",
      "AIC, 200, 200.001, 100,     MEDIUM", "AIC, 200, 200.001, 100.001, NONE",
      "TS,  10,  10.001,  3,       MICRO", "TS,  10,  10.001,  3.001,   SMALL",
      "TS,  50,  100.001, 50,      SMALL", "TS,  50,  100.001, 50.001,  MEDIUM",
      "TS,  100, 300.001, 100,     MEDIUM", "TS,  100, 300.001, 100.001, NONE",
  })
  void capitalUpToTheLimitIsEnoughWhenRevenueIsAboveIt(String sector, int employees, double revenue, double capital,
      String size) {
    assertThat(sizeOf(sector(sector), employees, revenue, capital)).isEqualTo(size);
  }

  @ParameterizedTest(name = "{0}: {1} employees, revenue {2}, capital {3} → {4}")
  @CsvSource({
      "AIC, 5,  1000, 2,    MICRO", "AIC, 5,  2,    1000, MICRO",
      "TS,  5,  9,    1000, MICRO", "TS,  5,  1000, 3,    MICRO",
      "AIC, 60, 1000, 15,   SMALL", "TS,  40, 80,   1000, SMALL",
      "AIC, 5,  1000, 1000, NONE", "TS,  1,  500,  200,  NONE",
  })
  void eitherRevenueOrCapitalWithinTheLimitSufficesButNotNeither(String sector, int employees, double revenue,
      double capital, String size) {
    assertThat(sizeOf(sector(sector), employees, revenue, capital)).isEqualTo(size);
  }

  @Test
  void theSameFirmIsSizedByItsOwnSectorsLimits() {
    assertThat(sizeOf(AIC, 10, 8.0, 5.0)).isEqualTo("SMALL");
    assertThat(sizeOf(TS, 10, 8.0, 5.0)).isEqualTo("MICRO");
    assertThat(sizeOf(AIC, 80, 40.0, 40.0)).isEqualTo("SMALL");
    assertThat(sizeOf(TS, 80, 40.0, 40.0)).isEqualTo("MEDIUM");
  }

  @Test
  void zeroEverywhereIsAMicroFirm() {
    assertThat(sizeOf(AIC, 0, 0.0, 0.0)).isEqualTo("MICRO");
    assertThat(sizeOf(TS, 0, 0.0, 0.0)).isEqualTo("MICRO");
  }

  @Test
  void wholeNumbersAndLongsAreAcceptedAsTheFormAndProcessPassThem() {
    assertThat(sizeOf(AIC, 25, 12.5, 30)).isEqualTo("SMALL");
    assertThat(sizeOf(AIC, 25L, 12L, 30L)).isEqualTo("SMALL");
    assertThat(sizeOf(TS, 10, 10, 3)).isEqualTo("MICRO");
  }

  @ParameterizedTest(name = "{0}: {1} employees, revenue {2}, capital {3} matches no rule")
  @CsvSource({
      "AIC, -1,  1,      1", "AIC, 5,   -0.001, 1", "AIC, 5,   1,      -0.001",
      "AIC, 5,   -1,     1000", "AIC, 5,   1000,   -1", "AIC, -1,  1000,   1000",
      "AIC, 300, -1,     500", "AIC, 300, 500,    -1", "AIC, -300, 500,   500",
      "TS,  -1,  1,      1", "TS,  5,   -0.001, 1", "TS,  5,   1,      -0.001",
      "TS,  5,   -1,     1000", "TS,  5,   1000,   -1", "TS,  -1,  1000,   1000",
      "TS,  300, -1,     500", "TS,  300, 500,    -1", "TS,  -300, 500,   500",
  })
  void aNegativeNumberMatchesNoRuleSoTheCallerReportsIt(String sector, int employees, double revenue, double capital) {
    assertThat(sizing(sector(sector), employees, revenue, capital).getResultList()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: a missing value matches no rule")
  @ValueSource(strings = {AIC, TS})
  void aMissingNumberMatchesNoRuleInsteadOfComingOutMicro(String sector) {
    assertThat(sizing(sector, null, 1.0, 1.0).getResultList()).as("employees").isEmpty();
    assertThat(sizing(sector, 5, null, 1.0).getResultList()).as("revenue").isEmpty();
    assertThat(sizing(sector, 5, 1.0, null).getResultList()).as("capital").isEmpty();
    assertThat(sizing(sector, 5, null, null).getResultList()).as("revenue and capital").isEmpty();
    assertThat(sizing(sector, null, 1000.0, 1000.0).getResultList()).as("employees of a large firm").isEmpty();
    assertThat(sizing(sector, 500, null, 1000.0).getResultList()).as("revenue of a large firm").isEmpty();
    assertThat(sizing(sector, 500, 1000.0, null).getResultList()).as("capital of a large firm").isEmpty();
  }

  @Test
  void aMissingOrUnknownSectorMatchesNoRule() {
    assertThat(sizing(null, 5, 1.0, 1.0).getResultList()).isEmpty();
    assertThat(sizing("", 5, 1.0, 1.0).getResultList()).isEmpty();
    assertThat(sizing("AGRICULTURE", 5, 1.0, 1.0).getResultList()).isEmpty();
    assertThat(sizing("trade_services", 5, 1.0, 1.0).getResultList()).isEmpty();
    assertThat(sizing("MANUFACTURING", 500, 1000.0, 1000.0).getResultList()).isEmpty();
  }

  @Test
  void aProducerThatIsNotAFirmDeclaresNothingAndGetsNoSize() {
    assertThat(evaluate("smeSize").getResultList()).isEmpty();
    assertThat(evaluate("smeSize", "insuredEmployees", 5, "annualRevenueBillionVnd", 1.0, "totalCapitalBillionVnd", 1.0)
        .getResultList()).as("without a sector").isEmpty();
  }

  @Test
  void theTableIsDocumentedForCamundaModeler() {
    CycleDecisions.assertDocumentedForModeler("smeSize", "Nghị định 80/2021/NĐ-CP");
  }
}
