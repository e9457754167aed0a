package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.EvaluationDecisions.evaluate;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarBandDecisionTest {

  private static DmnDecisionResult bandFor(String regime, Object averageScore) {
    return evaluate("starBand", "regime", regime, "averageScore", averageScore);
  }

  private static Integer starsFor(String regime, Object averageScore) {
    DmnDecisionResult result = bandFor(regime, averageScore);
    assertThat(result.getResultList()).as("%s, score %s", regime, averageScore).hasSize(1);
    return result.getSingleEntry();
  }

  @ParameterizedTest(name = "{0}: average {1} → {2} stars")
  @CsvSource({
      "QD1048_2019, 0,     1", "QD1048_2019, 29.99, 1", "QD1048_2019, 30,    2", "QD1048_2019, 49.99, 2",
      "QD1048_2019, 50,    3", "QD1048_2019, 69.99, 3", "QD1048_2019, 70,    4", "QD1048_2019, 89.99, 4",
      "QD1048_2019, 90,    5", "QD1048_2019, 100,   5",
      "QD148_2023,  0,     1", "QD148_2023,  29.99, 1", "QD148_2023,  30,    2", "QD148_2023,  49.99, 2",
      "QD148_2023,  50,    3", "QD148_2023,  69.99, 3", "QD148_2023,  70,    4", "QD148_2023,  89.99, 4",
      "QD148_2023,  90,    5", "QD148_2023,  100,   5",
      "QD1489_2025, 0,     1", "QD1489_2025, 29.99, 1", "QD1489_2025, 30,    2", "QD1489_2025, 49.99, 2",
      "QD1489_2025, 50,    3", "QD1489_2025, 69.99, 3", "QD1489_2025, 70,    4", "QD1489_2025, 89.99, 4",
      "QD1489_2025, 90,    5", "QD1489_2025, 100,   5",
      "QD26_2026,   0,     1", "QD26_2026,   29.99, 1", "QD26_2026,   30,    2", "QD26_2026,   49.99, 2",
      "QD26_2026,   50,    3", "QD26_2026,   69.99, 3", "QD26_2026,   70,    4", "QD26_2026,   89.99, 4",
      "QD26_2026,   90,    5", "QD26_2026,   100,   5",
  })
  void eachBandStartsAtItsLowerBoundAndEndsJustBelowTheNext(String regime, double averageScore, int stars) {
    assertThat(starsFor(regime, averageScore)).isEqualTo(stars);
  }

  @ParameterizedTest(name = "{0}: average {1} matches no rule")
  @CsvSource({
      "QD1048_2019, -0.01", "QD1048_2019, 100.01", "QD1048_2019, -30", "QD1048_2019, 1000",
      "QD148_2023,  -0.01", "QD148_2023,  100.01", "QD148_2023,  -30", "QD148_2023,  1000",
      "QD1489_2025, -0.01", "QD1489_2025, 100.01", "QD1489_2025, -30", "QD1489_2025, 1000",
      "QD26_2026,   -0.01", "QD26_2026,   100.01", "QD26_2026,   -30", "QD26_2026,   1000",
  })
  void aScoreOutsideZeroToHundredMatchesNoRule(String regime, double averageScore) {
    assertThat(bandFor(regime, averageScore).getResultList()).isEmpty();
  }

  @Test
  void scoreOf70IsFourStarsUnder148() {
    assertThat(starsFor("QD148_2023", 70.0)).isEqualTo(4);
  }

  @Test
  void scoreOf69Point99IsThreeStarsUnder148() {
    assertThat(starsFor("QD148_2023", 69.99)).isEqualTo(3);
  }

  @Test
  void anAverageOf49Point5IsTwoStarsUnder1048ThoughItsIntegerRangesLeaveItOpen() {
    assertThat(starsFor("QD1048_2019", 49.5)).isEqualTo(2);
    assertThat(starsFor("QD1048_2019", 69.5)).isEqualTo(3);
    assertThat(starsFor("QD1048_2019", 89.5)).isEqualTo(4);
  }

  @Test
  void scoreOf90IsFiveStarsUnder26() {
    assertThat(starsFor("QD26_2026", 90.0)).isEqualTo(5);
  }

  @Test
  void anIntegerScoreIsAccepted() {
    assertThat(starsFor("QD1489_2025", 50)).isEqualTo(3);
  }

  @Test
  void anUnknownRegimeMatchesNoRule() {
    assertThat(bandFor("QD781_2020", 75.0).getResultList()).isEmpty();
    assertThat(bandFor(null, 75.0).getResultList()).isEmpty();
  }

  @Test
  void withoutAScoreNoRuleMatches() {
    assertThat(bandFor("QD148_2023", null).getResultList()).isEmpty();
  }

  @Test
  void theTableIsDocumentedForCamundaModeler() {
    EvaluationDecisions.assertDocumentedForModeler("starBand");
  }
}
