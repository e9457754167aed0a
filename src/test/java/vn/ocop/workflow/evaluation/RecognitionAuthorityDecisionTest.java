package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.EvaluationDecisions.evaluate;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecognitionAuthorityDecisionTest {

  private static final String DISTRICT_CHAIR = "Chủ tịch UBND cấp huyện";
  private static final String PROVINCE_CHAIR = "Chủ tịch UBND cấp tỉnh";
  private static final String MAE_MINISTER = "Bộ trưởng Bộ Nông nghiệp và Môi trường";

  private static DmnDecisionResult outcomeFor(String regime, Integer stars, String level) {
    return evaluate("recognitionAuthority", "regime", regime, "stars", stars, "level", level);
  }

  private static void assertOutcome(String regime, int stars, String level, String outcome, String authority) {
    DmnDecisionResult result = outcomeFor(regime, stars, level);
    assertThat(result.getResultList()).as("%s, %s stars at %s", regime, stars, level).hasSize(1);
    DmnDecisionResultEntries entries = result.getSingleResult();
    assertThat(entries.get("outcome")).isEqualTo(outcome);
    // Map#get, not getEntry: an empty output entry leaves the key out of the result (unless the engine is
    // configured with returnBlankTableOutputAsNull), and getEntry fails on a missing key
    assertThat(entries.get("authority")).isEqualTo(authority);
  }

  @ParameterizedTest(name = "{0}: {2} stars at {1} → {3} {4}")
  @CsvSource({
      // 1048: the district only screens; from 50 points (3 stars) up it forwards to the province
      "QD1048_2019, DISTRICT, 1, NO_RECOGNITION,", "QD1048_2019, DISTRICT, 2, NO_RECOGNITION,",
      "QD1048_2019, DISTRICT, 3, FORWARD,", "QD1048_2019, DISTRICT, 4, FORWARD,", "QD1048_2019, DISTRICT, 5, FORWARD,",
      // 148: the district recognises 3 stars and forwards 4 and 5
      "QD148_2023, DISTRICT, 1, NO_RECOGNITION,", "QD148_2023, DISTRICT, 2, NO_RECOGNITION,",
      "QD148_2023, DISTRICT, 3, RECOGNISE, Chủ tịch UBND cấp huyện",
      "QD148_2023, DISTRICT, 4, FORWARD,", "QD148_2023, DISTRICT, 5, FORWARD,",
      // province, every regime
      "QD1048_2019, PROVINCE, 1, NO_RECOGNITION,", "QD1048_2019, PROVINCE, 2, NO_RECOGNITION,",
      "QD1048_2019, PROVINCE, 3, RECOGNISE, Chủ tịch UBND cấp tỉnh",
      "QD1048_2019, PROVINCE, 4, RECOGNISE, Chủ tịch UBND cấp tỉnh", "QD1048_2019, PROVINCE, 5, FORWARD,",
      "QD148_2023, PROVINCE, 1, NO_RECOGNITION,", "QD148_2023, PROVINCE, 2, NO_RECOGNITION,",
      "QD148_2023, PROVINCE, 3, RECOGNISE, Chủ tịch UBND cấp tỉnh",
      "QD148_2023, PROVINCE, 4, RECOGNISE, Chủ tịch UBND cấp tỉnh", "QD148_2023, PROVINCE, 5, FORWARD,",
      "QD1489_2025, PROVINCE, 1, NO_RECOGNITION,", "QD1489_2025, PROVINCE, 2, NO_RECOGNITION,",
      "QD1489_2025, PROVINCE, 3, RECOGNISE, Chủ tịch UBND cấp tỉnh",
      "QD1489_2025, PROVINCE, 4, RECOGNISE, Chủ tịch UBND cấp tỉnh", "QD1489_2025, PROVINCE, 5, FORWARD,",
      "QD26_2026, PROVINCE, 1, NO_RECOGNITION,", "QD26_2026, PROVINCE, 2, NO_RECOGNITION,",
      "QD26_2026, PROVINCE, 3, RECOGNISE, Chủ tịch UBND cấp tỉnh",
      "QD26_2026, PROVINCE, 4, RECOGNISE, Chủ tịch UBND cấp tỉnh", "QD26_2026, PROVINCE, 5, FORWARD,",
      // central, every regime: the minister of the day recognises 5 stars; 3-4 go back to the province
      "QD1048_2019, CENTRAL, 1, NO_RECOGNITION,", "QD1048_2019, CENTRAL, 2, NO_RECOGNITION,",
      "QD1048_2019, CENTRAL, 3, RETURN, Chủ tịch UBND cấp tỉnh", "QD1048_2019, CENTRAL, 4, RETURN, Chủ tịch UBND cấp tỉnh",
      "QD1048_2019, CENTRAL, 5, RECOGNISE, Bộ trưởng Bộ Nông nghiệp và Môi trường",
      "QD148_2023, CENTRAL, 1, NO_RECOGNITION,", "QD148_2023, CENTRAL, 2, NO_RECOGNITION,",
      "QD148_2023, CENTRAL, 3, RETURN, Chủ tịch UBND cấp tỉnh", "QD148_2023, CENTRAL, 4, RETURN, Chủ tịch UBND cấp tỉnh",
      "QD148_2023, CENTRAL, 5, RECOGNISE, Bộ trưởng Bộ Nông nghiệp và Môi trường",
      "QD1489_2025, CENTRAL, 1, NO_RECOGNITION,", "QD1489_2025, CENTRAL, 2, NO_RECOGNITION,",
      "QD1489_2025, CENTRAL, 3, RETURN, Chủ tịch UBND cấp tỉnh", "QD1489_2025, CENTRAL, 4, RETURN, Chủ tịch UBND cấp tỉnh",
      "QD1489_2025, CENTRAL, 5, RECOGNISE, Bộ trưởng Bộ Nông nghiệp và Môi trường",
      "QD26_2026, CENTRAL, 1, NO_RECOGNITION,", "QD26_2026, CENTRAL, 2, NO_RECOGNITION,",
      "QD26_2026, CENTRAL, 3, RETURN, Chủ tịch UBND cấp tỉnh", "QD26_2026, CENTRAL, 4, RETURN, Chủ tịch UBND cấp tỉnh",
      "QD26_2026, CENTRAL, 5, RECOGNISE, Bộ trưởng Bộ Nông nghiệp và Môi trường",
  })
  void eachLevelRecognisesForwardsReturnsOrRefusesByRegimeAndStars(String regime, String level, int stars,
      String outcome, String authority) {
    assertOutcome(regime, stars, level, outcome, authority);
  }

  @ParameterizedTest(name = "{0}: {1} stars at DISTRICT matches no rule")
  @CsvSource({
      "QD1489_2025, 1", "QD1489_2025, 2", "QD1489_2025, 3", "QD1489_2025, 4", "QD1489_2025, 5",
      "QD26_2026, 1", "QD26_2026, 2", "QD26_2026, 3", "QD26_2026, 4", "QD26_2026, 5",
  })
  void thereIsNoDistrictStageAfterDistrictsWereAbolished(String regime, int stars) {
    assertThat(outcomeFor(regime, stars, "DISTRICT").getResultList()).isEmpty();
  }

  @Test
  void threeStarsAtTheDistrictUnder148AreRecognisedByTheDistrictChair() {
    assertOutcome("QD148_2023", 3, "DISTRICT", "RECOGNISE", DISTRICT_CHAIR);
  }

  @Test
  void threeStarsAtTheDistrictUnder1048AreForwardedToTheProvince() {
    assertOutcome("QD1048_2019", 3, "DISTRICT", "FORWARD", null);
  }

  @Test
  void fourStarsAtTheProvinceAreRecognisedByTheProvinceChair() {
    assertOutcome("QD26_2026", 4, "PROVINCE", "RECOGNISE", PROVINCE_CHAIR);
  }

  @Test
  void fiveStarsAtTheProvinceAreForwardedToCentralLevel() {
    assertOutcome("QD1489_2025", 5, "PROVINCE", "FORWARD", null);
  }

  /** Art. 4.1.b QĐ 26/2026/QĐ-TTg; the Ministry of Agriculture and Rural Development became MAE on 1/3/2025. */
  @Test
  void fiveStarsAtCentralLevelUnder148AreNowRecognisedByTheMinisterOfAgricultureAndEnvironment() {
    assertOutcome("QD148_2023", 5, "CENTRAL", "RECOGNISE", MAE_MINISTER);
  }

  @Test
  void fiveStarsAtCentralLevelUnder26AreRecognisedByTheMinisterOfAgricultureAndEnvironment() {
    assertOutcome("QD26_2026", 5, "CENTRAL", "RECOGNISE", MAE_MINISTER);
  }

  @Test
  void fourStarsAtCentralLevelGoBackToTheProvinceToRecognise() {
    assertOutcome("QD1489_2025", 4, "CENTRAL", "RETURN", PROVINCE_CHAIR);
  }

  @Test
  void twoStarsAreNeverRecognised() {
    assertOutcome("QD148_2023", 2, "CENTRAL", "NO_RECOGNITION", null);
  }

  @Test
  void starsOutsideOneToFiveMatchNoRule() {
    for (String level : new String[] {"DISTRICT", "PROVINCE", "CENTRAL"}) {
      assertThat(outcomeFor("QD148_2023", 0, level).getResultList()).as(level).isEmpty();
      assertThat(outcomeFor("QD148_2023", 6, level).getResultList()).as(level).isEmpty();
      assertThat(outcomeFor("QD148_2023", null, level).getResultList()).as(level).isEmpty();
    }
  }

  @Test
  void anUnknownLevelOrRegimeMatchesNoRule() {
    assertThat(outcomeFor("QD148_2023", 3, "COMMUNE").getResultList()).isEmpty();
    assertThat(outcomeFor("QD148_2023", 3, null).getResultList()).isEmpty();
    assertThat(outcomeFor("QD781_2020", 4, "PROVINCE").getResultList()).isEmpty();
    assertThat(outcomeFor(null, 5, "CENTRAL").getResultList()).isEmpty();
  }

  @Test
  void theTableIsDocumentedForCamundaModeler() {
    EvaluationDecisions.assertDocumentedForModeler("recognitionAuthority");
  }
}
