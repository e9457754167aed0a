package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.EvaluationDecisions.evaluate;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StarRankDecisionTest {

  private static DmnDecisionResult rankFor(String regime, Object averageScore, Boolean disqualified, Integer minimaCapStars) {
    return evaluate("starRank", "regime", regime, "averageScore", averageScore, "disqualified", disqualified,
        "minimaCapStars", minimaCapStars);
  }

  private static Integer starsFor(String regime, double averageScore, Integer minimaCapStars) {
    DmnDecisionResult result = rankFor(regime, averageScore, false, minimaCapStars);
    assertThat(result.getResultList()).hasSize(1);
    return (Integer) result.getSingleResult().get("stars");
  }

  private static void assertNoStars(DmnDecisionResult result) {
    // the disqualification rule matched, and its output entry is empty: no stars key, or a null one when the engine
    // returns blank outputs as null; Map#get reads both (getEntry would fail on the missing key)
    assertThat(result.getResultList()).hasSize(1);
    assertThat(result.getSingleResult().get("stars")).isNull();
  }

  @ParameterizedTest(name = "average {0} (band {1}), minima met up to {2} → {3} stars")
  @CsvSource({
      "10, 1, 1, 1", "10, 1, 2, 1", "10, 1, 3, 1", "10, 1, 4, 1", "10, 1, 5, 1",
      "40, 2, 1, 1", "40, 2, 2, 2", "40, 2, 3, 2", "40, 2, 4, 2", "40, 2, 5, 2",
      "60, 3, 1, 1", "60, 3, 2, 2", "60, 3, 3, 3", "60, 3, 4, 3", "60, 3, 5, 3",
      "80, 4, 1, 1", "80, 4, 2, 2", "80, 4, 3, 3", "80, 4, 4, 4", "80, 4, 5, 4",
      "95, 5, 1, 1", "95, 5, 2, 2", "95, 5, 3, 3", "95, 5, 4, 4", "95, 5, 5, 5",
  })
  void theRankIsTheLowerOfTheBandAndTheMinimaCap(double averageScore, int band, int minimaCapStars, int stars) {
    assertThat(evaluate("starBand", "regime", "QD26_2026", "averageScore", averageScore).<Integer>getSingleEntry())
        .isEqualTo(band);
    assertThat(starsFor("QD26_2026", averageScore, minimaCapStars)).isEqualTo(stars);
  }

  @Test
  void aCapAboveTheBandKeepsTheBand() {
    assertThat(starsFor("QD148_2023", 75.0, 5)).isEqualTo(4);
  }

  @Test
  void aCapEqualToTheBandKeepsTheBand() {
    assertThat(starsFor("QD148_2023", 75.0, 4)).isEqualTo(4);
  }

  @Test
  void aCapBelowTheBandLowersTheRankToTheCap() {
    assertThat(starsFor("QD148_2023", 95.0, 3)).isEqualTo(3);
  }

  @Test
  void missingAThreeStarMinimumGivesTwoStarsHoweverHighTheScore() {
    assertThat(starsFor("QD1489_2025", 100.0, 2)).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"QD1048_2019", "QD148_2023", "QD1489_2025", "QD26_2026"})
  void theBandIsTakenFromTheRegimesStarBand(String regime) {
    assertThat(starsFor(regime, 89.99, 5)).isEqualTo(4);
    assertThat(starsFor(regime, 90.0, 5)).isEqualTo(5);
  }

  @Test
  void aDisqualifiedDossierHasNoStarsEvenWithAPerfectScore() {
    assertNoStars(rankFor("QD148_2023", 100.0, true, 5));
  }

  @Test
  void aDisqualifiedDossierHasNoStarsWhateverItsScoreOrCap() {
    assertNoStars(rankFor("QD26_2026", 10.0, true, 1));
    assertNoStars(rankFor("QD26_2026", 150.0, true, null));
  }

  @Test
  void theBandComesFromStarBandNotFromAStarsVariableOfTheCaller() {
    DmnDecisionResult result = evaluate("starRank", "regime", "QD148_2023", "averageScore", 95.0, "disqualified", false,
        "minimaCapStars", 5, "stars", 1);
    assertThat(result.getSingleResult().<Integer>getEntry("stars")).isEqualTo(5);
  }

  @Test
  void evaluatingStarRankEvaluatesTheStarBandItRequires() {
    DmnDecision starRank = EvaluationDecisions.decision("starRank");
    assertThat(starRank.getRequiredDecisions()).extracting(DmnDecision::getKey).containsExactly("starBand");
  }

  @Test
  void withoutABandNoRuleMatches() {
    assertThat(rankFor("QD148_2023", 100.01, false, 5).getResultList()).isEmpty();
    assertThat(rankFor("QD148_2023", -0.01, false, 5).getResultList()).isEmpty();
  }

  @Test
  void aCapOutsideOneToFiveMatchesNoRule() {
    assertThat(rankFor("QD148_2023", 75.0, false, 0).getResultList()).isEmpty();
    assertThat(rankFor("QD148_2023", 75.0, false, 6).getResultList()).isEmpty();
    assertThat(rankFor("QD148_2023", 75.0, false, null).getResultList()).isEmpty();
  }

  @Test
  void withoutTheDisqualifiedFlagNoRuleMatches() {
    assertThat(rankFor("QD148_2023", 75.0, null, 5).getResultList()).isEmpty();
  }

  @Test
  void theTableIsDocumentedForCamundaModeler() {
    EvaluationDecisions.assertDocumentedForModeler("starRank");
  }
}
