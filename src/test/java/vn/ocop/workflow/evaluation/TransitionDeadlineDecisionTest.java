package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.EvaluationDecisions.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision transitionDeadline: Art. 12.2 QĐ 26/2026/QĐ-TTg (in force 22/5/2026, Art. 11.1). */
class TransitionDeadlineDecisionTest {

  @ParameterizedTest(name = "{0} {1} → finished by {2}")
  @CsvSource({
      "QD1489_2025, FIRST, 2026-07-21", "QD1489_2025, UPGRADE, 2026-07-21", "QD1489_2025, RE_EVALUATION, 2026-06-21",
      "QD148_2023, FIRST, 2026-07-21", "QD148_2023, RE_EVALUATION, 2026-06-21",
      "QD1048_2019, UPGRADE, 2026-07-21"})
  void dossiersOfThe2021To2025RegimesAreFinishedWithinSixtyOrThirtyDaysOfTheTwentySecondOfMay2026(String regime,
      String dossierType, String completeBy) {
    assertThat(evaluate("transitionDeadline", "regime", regime, "dossierType", dossierType).getSingleResult()
        .<String>getEntry("completeBy")).isEqualTo(completeBy);
  }

  @Test
  void aDossierUnderDecision26HasOnlyItsRoundsDeadline() {
    for (String type : new String[] {"FIRST", "UPGRADE", "RE_EVALUATION"}) {
      assertThat(evaluate("transitionDeadline", "regime", "QD26_2026", "dossierType", type).getResultList()).isEmpty();
    }
  }

  @Test
  void theTableIsDocumentedForPolicyStaff() {
    EvaluationDecisions.assertDocumentedForModeler("transitionDeadline");
  }
}
